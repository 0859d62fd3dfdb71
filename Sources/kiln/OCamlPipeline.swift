#if canImport(Glibc)
import Glibc
#endif

/// The LLVM pass pipeline `kiln build` runs at -O2 on a module lowered from OCaml bytecode,
/// in `opt -passes=` syntax.
///
/// LLVM's `default<O2>` was more than half of an OCaml build (~3.2 of ~5.3 CPU s for a Printf
/// program). This is `default<O2>` cut down to the passes that change the firmware of this
/// IR: the lowering emits SSA (phis, no allocas but the stack probe), loads and stores of
/// the runtime's globals (caml_root_sp, caml_alloc_ptr, ...), inttoptr/getelementptr field
/// accesses, small support functions to inline, no floating-point vector loops and no
/// library calls. The order is O2's; what was dropped is said at each family. With it the
/// nine benchmarks' instruction counts stay within 0.2% of `default<O2>`'s (nqueens 16% fewer)
/// and LLVM's share of a build falls by ~45% (Docs/benchmarks.md, "Building an OCaml
/// program"). C and `.ll` inputs keep `default<O2>` (csmith and the C benchmarks compare
/// against clang's own pipeline).
enum OCamlPipeline {
    /// SimplifyCFG as O2 runs it between passes: folds branches, merges blocks, keeps loops.
    static let cleanupCFG = "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;no-switch-to-arithmetic;no-switch-to-lookup;keep-loops;no-hoist-common-insts;no-hoist-loads-stores-with-cond-faulting;no-sink-common-insts;speculate-blocks;simplify-cond-branch;no-speculate-unpredictables>"
    /// SimplifyCFG as O2 ends its per-function simplification: also hoists and sinks the
    /// code common to both arms (the root-stack pops before each return, for one).
    static let hoistingCFG = "simplifycfg<bonus-inst-threshold=1;no-forward-switch-cond;switch-range-to-icmp;switch-to-arithmetic;no-switch-to-lookup;keep-loops;hoist-common-insts;no-hoist-loads-stores-with-cond-faulting;sink-common-insts;speculate-blocks;simplify-cond-branch;no-speculate-unpredictables>"
    /// SimplifyCFG as O2's last function pipeline runs it: may also change loops and turn
    /// switches into lookup tables.
    static let lateCFG = "simplifycfg<bonus-inst-threshold=1;forward-switch-cond;switch-range-to-icmp;switch-to-arithmetic;switch-to-lookup;no-keep-loops;hoist-common-insts;no-hoist-loads-stores-with-cond-faulting;sink-common-insts;speculate-blocks;simplify-cond-branch;no-speculate-unpredictables>"
    /// One InstCombine round per run, as O2 has it. O2 runs it 8 times (27% of its time);
    /// three runs do as well here: after inlining, after GVN/DSE, and once at the end.
    static let combine = "instcombine<max-iterations=1;no-verify-fixpoint>"

    /// The simplification each function gets as the inliner reaches it (bottom-up, so
    /// callees are simplified before their size is weighed).
    static let simplifyFunction = [
        // Scalars out of inlined allocas (the support code's argument array); loads of a
        // global reused within a block (caml_root_sp read again after each store of it).
        "sroa<modify-cfg>", "early-cse<memssa>",
        // Branches on values a dominating test already decided (tag and bounds checks,
        // the allocation test after inlining): without these two quicksort ran 8.8% and
        // strings 2.0% more instructions.
        "jump-threading", "correlated-propagation",
        cleanupCFG, combine,
        // Self-recursive tail calls into loops.
        "tailcallelim", cleanupCFG,
        // Loops: invariant code out of them, rotated so the test sits at the bottom. Cheap
        // here (the lowering's loops are few); O2's loop idiom recognition is left out.
        "loop-mssa(loop-instsimplify,loop-simplifycfg,licm<no-allowspeculation>,loop-rotate<header-duplication;no-prepare-for-lto>,licm<allowspeculation>,simple-loop-unswitch<no-nontrivial;trivial>)",
        cleanupCFG,
        "loop(indvars,loop-deletion,loop-unroll-full)",
        // Redundant loads across blocks (GVN) and stores overwritten before being read
        // (DSE: the root-stack and allocation-pointer stores between calls), then invariant
        // code again now that loads are gone.
        "sroa<modify-cfg>", "gvn<>", "dse", "loop-mssa(licm<allowspeculation>)",
        hoistingCFG, combine,
        // Left out of O2's list, each step measured on the benchmarks (counts within 0.2%):
        // the second JumpThreading/CorrelatedValuePropagation pair, Reassociate,
        // ConstraintElimination, SCCP/BDCE/ADCE, MemCpyOpt, MergedLoadStoreMotion,
        // AggressiveInstCombine, libcall shrink-wrapping, two of four InstCombines. One step (the
        // second JumpThreading/CorrelatedValuePropagation pair, Reassociate, MemCpyOpt,
        // MergedLoadStoreMotion) made nqueens 16% faster; which of them, not isolated.
    ].joined(separator: ",")

    /// The pipeline.
    static let passes = [
        // Attributes of the runtime's declarations; a first cleanup so that the inliner
        // weighs simplified functions.
        "inferattrs",
        "function<eager-inv>(\(cleanupCFG),sroa<modify-cfg>,early-cse<>)",
        // O2's IPSCCP and GlobalOpt before inlining, and its pre-inline InstCombine pass over
        // every function, are left out: the benchmarks' counts do not change without them.
        "require<globals-aa>", "function(invalidate<aa>)",
        // The inliner with the simplification above, per strongly connected component
        // (the support code's and the program's small functions); function-attrs deduces
        // the memory effects GVN and DSE use across calls.
        "cgscc(devirt<4>(inline,function-attrs<skip-non-recursive-function-attrs>,function<eager-inv;no-rerun>(\(simplifyFunction)),function-attrs))",
        // Unused arguments and functions gone, globals that are never written made constant.
        "deadargelim", "globalopt", "globaldce", "recompute-globalsaa",
        // O2's late function pipeline without the vectorisers, loop distribution, unrolling
        // and the rest that find nothing in this IR: one last CFG and InstCombine round.
        "function<eager-inv>(\(lateCFG),\(combine),tailcallelim)",
        "globaldce",
    ].joined(separator: ",")

    /// `$KILN_PASSES` when set (any `opt -passes=` pipeline: for measuring pipelines, e.g.
    /// `KILN_PASSES='default<O2>'`), else `standard`.
    static func chosen(standard: String) -> String {
        guard let value = getenv("KILN_PASSES"), value.pointee != 0 else { return standard }
        return String(cString: value)
    }
}
