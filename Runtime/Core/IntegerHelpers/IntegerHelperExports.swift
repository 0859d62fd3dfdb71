// The 64-bit integer helpers under libgcc's names and ABI (i64 in register pairs), which
// LLVM's and Kiln's back ends call for i64 multiply (without MUL32_HIGH), divide and
// remainder. Each forwards to `DoubleWord`, tested on the host by Swift name; this file is
// left out of the host build, where these symbols belong to libgcc.

/// `a × b` mod 2⁶⁴.
@c(__muldi3) public func __muldi3(_ a: UInt64, _ b: UInt64) -> UInt64 { DoubleWord.multiply(a, b) }

/// Unsigned `a ÷ b`.
@c(__udivdi3) public func __udivdi3(_ a: UInt64, _ b: UInt64) -> UInt64 { DoubleWord.divide(a, b).quotient }

/// Unsigned `a mod b`.
@c(__umoddi3) public func __umoddi3(_ a: UInt64, _ b: UInt64) -> UInt64 { DoubleWord.divide(a, b).remainder }

/// Signed `a ÷ b`, truncating.
@c(__divdi3) public func __divdi3(_ a: Int64, _ b: Int64) -> Int64 { DoubleWord.divide(a, b).quotient }

/// Signed `a mod b`, with the dividend's sign.
@c(__moddi3) public func __moddi3(_ a: Int64, _ b: Int64) -> Int64 { DoubleWord.divide(a, b).remainder }
