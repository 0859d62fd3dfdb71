; Floating point in software: float in one register, double in an even/odd pair; arithmetic,
; compares (as a value, fused into a branch, the two-call predicates), conversions, sign
; operations as bit operations, math intrinsics as library calls, constants as bits.
define double @arith(double %a, double %b, float %c) {
  %x = fadd double %a, %b
  %y = fmul double %x, 2.5
  %e = fpext float %c to double
  %z = fdiv double %y, %e
  %w = fsub double %z, -0.0
  %r = frem double %w, %a
  ret double %r
}

define float @single(float %a, float %b) {
  %x = fadd float %a, %b
  %n = fneg float %x
  %m = call float @llvm.fmuladd.f32(float %n, float %a, float 1.0)
  %s = call float @llvm.sqrt.f32(float %m)
  ret float %s
}

define i32 @compare(double %a, double %b) {
  %lt = fcmp olt double %a, %b
  %one = fcmp one double %a, %b
  %uge = fcmp uge double %a, %b
  %x = zext i1 %lt to i32
  %y = zext i1 %one to i32
  %z = zext i1 %uge to i32
  %s = shl i32 %y, 1
  %t = shl i32 %z, 2
  %u = or i32 %x, %s
  %v = or i32 %u, %t
  ret i32 %v
}

define float @branch(float %a, float %b) {
entry:
  %c = fcmp ogt float %a, %b
  br i1 %c, label %yes, label %no
yes:
  ret float %a
no:
  %m = select i1 true, float %b, float 0.5
  ret float %m
}

define i64 @convert(double %a, float %f, i64 %n, i8 %s) {
  %i = fptosi double %a to i64
  %u = fptoui float %f to i32
  %d = uitofp i64 %n to double
  %g = sitofp i8 %s to float
  %t = fptrunc double %d to float
  %h = fadd float %t, %g
  %k = fptosi float %h to i16
  %w = zext i32 %u to i64
  %x = sext i16 %k to i64
  %y = add i64 %i, %w
  %z = add i64 %y, %x
  ret i64 %z
}

define double @signs(double %a, double %b) {
  %x = call double @llvm.fabs.f64(double %a)
  %y = call double @llvm.copysign.f64(double %x, double %b)
  %z = call double @llvm.floor.f64(double %y)
  %m = call double @llvm.minnum.f64(double %z, double %b)
  %bits = bitcast double %m to i64
  %flip = xor i64 %bits, 1
  %r = bitcast i64 %flip to double
  ret double %r
}

declare float @llvm.fmuladd.f32(float, float, float)
declare float @llvm.sqrt.f32(float)
declare double @llvm.fabs.f64(double)
declare double @llvm.copysign.f64(double, double)
declare double @llvm.floor.f64(double)
declare double @llvm.minnum.f64(double, double)
