import KilnTestSupport
import Testing
import XtensaBackend

/// IR the back end does not handle yet must be refused with a message naming the function
/// and the instruction, never compiled wrongly or crash.
@Suite struct UnsupportedTests {
    static let cases: [(ir: String, function: String, fragment: String)] = [
        ("define i128 @f(i128 %a) {\n  ret i128 %a\n}", "f", "parameter 1"),
        ("define i64 @f(ptr %p) {\n  %x = ptrtoint ptr %p to i64\n  ret i64 %x\n}", "f", "ptrtoint ptr %p to i64"),
        ("define i64 @f(i64 %a, i64 %n) {\n  %x = call i64 @llvm.fshl.i64(i64 %a, i64 %a, i64 %n)\n  ret i64 %x\n}\ndeclare i64 @llvm.fshl.i64(i64, i64, i64)", "f", "llvm.fshl.i64(i64 %a, i64 %a, i64 %n)"),
        ("define i32 @f(i64 %a) {\n  switch i64 %a, label %d [ i64 1, label %d ]\nd:\n  ret i32 0\n}", "f", "switch i64"),
        ("define float @f(float %a) {\n  %x = fadd float %a, %a\n  ret float %x\n}", "f", "parameter 1"),
        ("define i32 @f(i32 %a) {\n  %x = sitofp i32 %a to float\n  %y = fptosi float %x to i32\n  ret i32 %y\n}", "f", "sitofp"),
        ("define i32 @f(i32 %a, ...) {\n  ret i32 %a\n}", "f", "variadic"),
        ("declare i32 @v(i32, ...)\ndefine i32 @f(i32 %a) {\n  %x = call i32 (i32, ...) @v(i32 %a, i32 1)\n  ret i32 %x\n}", "f", "variadic"),
        ("define i32 @f(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i128 %g) {\n  ret i32 %a\n}", "f", "parameter 7"),
        ("define i32 @f(i32 %n) {\n  %p = alloca i32, i32 %n\n  store i32 1, ptr %p\n  ret i32 0\n}", "f", "dynamic alloca"),
        ("define i32 @f(ptr %p) {\n  %x = load atomic i32, ptr %p seq_cst, align 4\n  ret i32 %x\n}", "f", "atomic"),
        ("define i32 @f(i32 %a) {\n  %r = call { i32, i1 } @llvm.smul.with.overflow.i32(i32 %a, i32 %a)\n  %x = extractvalue { i32, i1 } %r, 0\n  ret i32 %x\n}\ndeclare { i32, i1 } @llvm.smul.with.overflow.i32(i32, i32)", "f", "smul.with.overflow"),
        ("declare { i32, i32 } @pair()\ndefine i32 @f() {\n  %r = call { i32, i32 } @pair()\n  %x = extractvalue { i32, i32 } %r, 1\n  ret i32 %x\n}", "f", "call { i32, i32 } @pair()"),
        ("define i32 @f(i32 %a) {\n  %x = call i32 @llvm.bitreverse.i32(i32 %a)\n  ret i32 %x\n}\ndeclare i32 @llvm.bitreverse.i32(i32)", "f", "llvm.bitreverse.i32"),
    ]

    @Test(arguments: cases.indices)
    func refused(_ index: Int) throws {
        let (ir, function, fragment) = Self.cases[index]
        do {
            _ = try TestTools.compile(ir: ir)
            Issue.record("compiled IR it does not support:\n\(ir)")
        } catch let error as BackendError {
            guard case .unsupported(let name, let instruction, let reason) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(name == function)
            #expect((instruction + " " + reason).contains(fragment), "message: \(error)")
        }
    }
}
