import Foundation
import KilnTestSupport
import Testing
import XtensaBackend

/// IR the back end does not handle yet must be refused with a message naming the function
/// and the instruction, never compiled wrongly or crash.
@Suite struct UnsupportedTests {
    static let cases: [(ir: String, function: String, fragment: String)] = [
        ("define i128 @f(i128 %a) {\n  ret i128 %a\n}", "f", "parameter 1"),
        ("declare i32 @v(i32, ...)\ndefine i32 @f(i32 %a) {\n  %x = musttail call i32 (i32, ...) @v(i32 %a)\n  ret i32 %x\n}", "f", "musttail calls to variadic"),
        ("declare i32 @g(i32, i32, i32, i32, i32, i32, i32)\ndefine i32 @f(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i32 %g) {\n  %x = musttail call i32 @g(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i32 %g)\n  ret i32 %x\n}", "f", "more than six argument words"),
        ("define i32 @f(ptr %p) {\n  %x = call ptr @llvm.threadlocal.address.p0(ptr %p)\n  %y = load i32, ptr %x\n  ret i32 %y\n}\ndeclare ptr @llvm.threadlocal.address.p0(ptr)", "f", "llvm.threadlocal.address"),
        ("define i32 @f(ptr %p, ptr %q) {\n  %x = ptrtoint ptr %p to i32\n  %y = ptrtoint ptr %q to i32\n  %z = sub i32 %x, %y\n  %w = call i32 @llvm.umul.fix.i32(i32 %z, i32 %x, i32 3)\n  ret i32 %w\n}\ndeclare i32 @llvm.umul.fix.i32(i32, i32, i32)", "f", "llvm.umul.fix"),
        ("@a = global i32 0\n@b = global i32 0\n@d = global i32 sub (i32 ptrtoint (ptr @a to i32), i32 ptrtoint (ptr @b to i32))", "d", "initializer"),
        ("define void @f() {\n  call void asm sideeffect \"nop\", \"\"()\n  ret void\n}", "f", "inline assembly"),
        ("define float @f() {\n  %x = fpext half 0xH3C00 to float\n  ret float %x\n}", "f", "fpext half"),
        ("define i1 @f() {\n  %x = fcmp olt fp128 0xL00000000000000003FFF000000000000, 0xL0\n  ret i1 %x\n}", "f", "fcmp olt fp128"),
        ("define half @f(half %a) {\n  ret half %a\n}", "f", "parameter 1"),
        ("define i32 @f(fp128 %a) {\n  %y = fptosi fp128 %a to i32\n  ret i32 %y\n}", "f", "parameter 1"),
        ("define i32 @f(ptr %p) {\n  %a = load fp128, ptr %p\n  %y = fptosi fp128 %a to i32\n  ret i32 %y\n}", "f", "load fp128"),
        ("define i32 @f(double %a) {\n  %x = call { double, i32 } @llvm.frexp.f64.i32(double %a)\n  %e = extractvalue { double, i32 } %x, 1\n  ret i32 %e\n}\ndeclare { double, i32 } @llvm.frexp.f64.i32(double)", "f", "llvm.frexp"),
        ("define i32 @f(double %a) {\n  %x = call i32 @llvm.fptosi.sat.i32.f64(double %a)\n  ret i32 %x\n}\ndeclare i32 @llvm.fptosi.sat.i32.f64(double)", "f", "llvm.fptosi.sat"),
        ("define i8 @f(ptr %p) {\n  %x = atomicrmw add ptr %p, i8 1 monotonic\n  ret i8 %x\n}", "f", "atomic read-modify-write"),
        ("define i32 @f(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f, i128 %g) {\n  ret i32 %a\n}", "f", "parameter 7"),
        ("define i32 @f(i32 %n) {\n  %p = alloca i32, i32 %n, align 32\n  store i32 1, ptr %p\n  ret i32 0\n}", "f", "aligned beyond 16"),
        ("define ptr @f() {\n  %p = call ptr @llvm.frameaddress.p0(i32 1)\n  ret ptr %p\n}\ndeclare ptr @llvm.frameaddress.p0(i32)", "f", "frameaddress(0)"),
        ("define i1 @f(ptr %p) {\n  %r = cmpxchg ptr %p, i64 0, i64 1 seq_cst seq_cst\n  %x = extractvalue { i64, i1 } %r, 1\n  ret i1 %x\n}", "f", "compare-exchange"),
        ("declare void @g(ptr)\ndefine void @f() {\n  %p = alloca [40000 x i8]\n  call void @g(ptr %p)\n  ret void\n}", "f", "larger than ENTRY reaches"),
        ("define i32 @f(ptr %p) {\n  %r = load { i32, i32 }, ptr %p\n  %x = extractvalue { i32, i32 } %r, 1\n  ret i32 %x\n}", "f", "aggregate"),
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

    /// An empty asm statement (Embedded Swift's optimisation barrier) is no code, not a refusal.
    @Test func emptyInlineAssemblyIsNothing() throws {
        let output = try TestTools.compile(ir: "define void @f() {\n  call void asm sideeffect \"\", \"n\"(i32 0)\n  ret void\n}")
        let body = output.assembly.split(separator: "\n").drop { !$0.hasPrefix("f:") }.dropFirst().prefix { !$0.contains(".size") }
        #expect(body.map { $0.trimmingCharacters(in: .whitespaces) } == ["entry\ta1, 16", "retw.n"], "\(body)")
    }
}
