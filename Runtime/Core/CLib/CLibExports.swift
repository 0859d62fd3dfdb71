// The C library's entry points for the device (Runtime/include/*.h). The host build leaves
// this file out: there these names are glibc's. Each forwards to the pure logic in the
// other files; the variadic printf family is in variadic.c, setjmp/longjmp in setjmp.S, and
// the functions made of fixed texts (__assert_fail, strerror) in messages.c: a Swift string
// constant's symbol is named after its text, which llc's Xtensa assembly does not quote.
import KilnPlatform

// MARK: string.h

@c(memcmp)
public func cMemcmp(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Int32 { CString.compare(a, b, n) }

@c(memchr)
public func cMemchr(_ m: UnsafeRawPointer, _ c: Int32, _ n: Int) -> UnsafeRawPointer? { CString.find(m, c, n) }

@c(strlen)
public func cStrlen(_ s: UnsafePointer<UInt8>) -> Int { CString.length(s) }

@c(strnlen)
public func cStrnlen(_ s: UnsafePointer<UInt8>, _ n: Int) -> Int { CString.length(s, limit: n) }

@c(strcmp)
public func cStrcmp(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>) -> Int32 { CString.compare(a, b, limit: .max) }

@c(strncmp)
public func cStrncmp(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Int32 { CString.compare(a, b, limit: n) }

@c(strcpy)
public func cStrcpy(_ d: UnsafeMutablePointer<UInt8>, _ s: UnsafePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    CString.copyTerminated(d, s)
    return d
}

@c(strncpy)
public func cStrncpy(_ d: UnsafeMutablePointer<UInt8>, _ s: UnsafePointer<UInt8>, _ n: Int) -> UnsafeMutablePointer<UInt8> {
    CString.copy(d, s, padTo: n)
    return d
}

@c(strcat)
public func cStrcat(_ d: UnsafeMutablePointer<UInt8>, _ s: UnsafePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
    CString.copyTerminated(d + CString.length(d), s)
    return d
}

@c(strncat)
public func cStrncat(_ d: UnsafeMutablePointer<UInt8>, _ s: UnsafePointer<UInt8>, _ n: Int) -> UnsafeMutablePointer<UInt8> {
    CString.copyTerminated(d + CString.length(d), s, limit: n)
    return d
}

@c(strchr)
public func cStrchr(_ s: UnsafePointer<UInt8>, _ c: Int32) -> UnsafePointer<UInt8>? { CString.find(c, in: s, last: false) }

@c(strrchr)
public func cStrrchr(_ s: UnsafePointer<UInt8>, _ c: Int32) -> UnsafePointer<UInt8>? { CString.find(c, in: s, last: true) }

@c(strstr)
public func cStrstr(_ h: UnsafePointer<UInt8>, _ n: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? { CString.find(n, in: h) }

@c(strspn)
public func cStrspn(_ s: UnsafePointer<UInt8>, _ set: UnsafePointer<UInt8>) -> Int { CString.span(s, set, accepting: true) }

@c(strcspn)
public func cStrcspn(_ s: UnsafePointer<UInt8>, _ set: UnsafePointer<UInt8>) -> Int { CString.span(s, set, accepting: false) }

@c(strpbrk)
public func cStrpbrk(_ s: UnsafePointer<UInt8>, _ set: UnsafePointer<UInt8>) -> UnsafePointer<UInt8>? {
    let p = s + CString.span(s, set, accepting: false)
    return p.pointee == 0 ? nil : p
}

@c(strdup)
public func cStrdup(_ s: UnsafePointer<UInt8>) -> UnsafeMutablePointer<UInt8>? { cStrndup(s, .max) }

@c(strndup)
public func cStrndup(_ s: UnsafePointer<UInt8>, _ n: Int) -> UnsafeMutablePointer<UInt8>? {
    let count = CString.length(s, limit: n)
    guard let copy = kilnMalloc(count + 1)?.assumingMemoryBound(to: UInt8.self) else { return nil }
    CString.copyTerminated(copy, s, limit: count)
    return copy
}

/// `strtok`'s position between calls.
nonisolated(unsafe) var tokenState: UnsafeMutablePointer<UInt8>? = nil

@c(strtok)
public func cStrtok(_ s: UnsafeMutablePointer<UInt8>?, _ separators: UnsafePointer<UInt8>) -> UnsafeMutablePointer<UInt8>? {
    CString.token(s, separators, &tokenState)
}

@c(strtok_r)
public func cStrtokR(_ s: UnsafeMutablePointer<UInt8>?, _ separators: UnsafePointer<UInt8>,
                     _ state: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>) -> UnsafeMutablePointer<UInt8>? {
    CString.token(s, separators, state)
}

// MARK: ctype.h

@c(isalnum) public func cIsalnum(_ c: Int32) -> Int32 { CCharacter.isIn(c, .alnum) ? 1 : 0 }
@c(isalpha) public func cIsalpha(_ c: Int32) -> Int32 { CCharacter.isIn(c, .alpha) ? 1 : 0 }
@c(isblank) public func cIsblank(_ c: Int32) -> Int32 { CCharacter.isIn(c, .blank) ? 1 : 0 }
@c(iscntrl) public func cIscntrl(_ c: Int32) -> Int32 { CCharacter.isIn(c, .control) ? 1 : 0 }
@c(isdigit) public func cIsdigit(_ c: Int32) -> Int32 { CCharacter.isIn(c, .digit) ? 1 : 0 }
@c(isgraph) public func cIsgraph(_ c: Int32) -> Int32 { CCharacter.isIn(c, .graph) ? 1 : 0 }
@c(islower) public func cIslower(_ c: Int32) -> Int32 { CCharacter.isIn(c, .lower) ? 1 : 0 }
@c(isprint) public func cIsprint(_ c: Int32) -> Int32 { c == 0x20 || CCharacter.isIn(c, .graph) ? 1 : 0 }
@c(ispunct) public func cIspunct(_ c: Int32) -> Int32 { CCharacter.isIn(c, .punct) ? 1 : 0 }
@c(isspace) public func cIsspace(_ c: Int32) -> Int32 { CCharacter.isIn(c, .space) ? 1 : 0 }
@c(isupper) public func cIsupper(_ c: Int32) -> Int32 { CCharacter.isIn(c, .upper) ? 1 : 0 }
@c(isxdigit) public func cIsxdigit(_ c: Int32) -> Int32 { CCharacter.isIn(c, .xdigit) ? 1 : 0 }
@c(tolower) public func cTolower(_ c: Int32) -> Int32 { CCharacter.convertCase(c, toUpper: false) }
@c(toupper) public func cToupper(_ c: Int32) -> Int32 { CCharacter.convertCase(c, toUpper: true) }

// MARK: errno.h

/// errno (one thread).
nonisolated(unsafe) var errnoValue: Int32 = 0

@c(__errno_location)
public func cErrnoLocation() -> UnsafeMutablePointer<Int32> {
    withUnsafeMutablePointer(to: &errnoValue) { $0 }
}

// MARK: stdlib.h

@c(abs) public func cAbs(_ x: Int32) -> Int32 { x < 0 ? 0 &- x : x }
@c(labs) public func cLabs(_ x: Int) -> Int { x < 0 ? 0 &- x : x }
@c(llabs) public func cLlabs(_ x: Int64) -> Int64 { x < 0 ? 0 &- x : x }

// div_t, ldiv_t, lldiv_t: {quot, rem}, returned through a hidden result pointer (sret).

@c(div)
public func cDiv(_ result: UnsafeMutableRawPointer, _ n: Int32, _ d: Int32) {
    result.storeBytes(of: n / d, as: Int32.self)
    result.storeBytes(of: n % d, toByteOffset: 4, as: Int32.self)
}

@c(ldiv)
public func cLdiv(_ result: UnsafeMutableRawPointer, _ n: Int, _ d: Int) {
    result.storeBytes(of: n / d, as: Int.self)
    result.storeBytes(of: n % d, toByteOffset: MemoryLayout<Int>.size, as: Int.self)
}

@c(lldiv)
public func cLldiv(_ result: UnsafeMutableRawPointer, _ n: Int64, _ d: Int64) {
    result.storeBytes(of: n / d, as: Int64.self)
    result.storeBytes(of: n % d, toByteOffset: 8, as: Int64.self)
}

/// strtol and friends: parse, set `*end` and errno, return the bits.
func parseInteger(_ s: UnsafePointer<UInt8>, _ end: UnsafeMutablePointer<UnsafePointer<UInt8>>?, _ base: Int32,
                  bitWidth: Int, signed: Bool) -> UInt64 {
    let result = IntegerParsing.parse(s, base: Int(base), bitWidth: bitWidth, signed: signed)
    if result.badBase { errnoValue = 22 }
    if result.overflowed { errnoValue = 34 }
    end?.pointee = s + result.consumed
    return result.bits
}

@c(strtol)
public func cStrtol(_ s: UnsafePointer<UInt8>, _ end: UnsafeMutablePointer<UnsafePointer<UInt8>>?, _ base: Int32) -> Int {
    Int(truncatingIfNeeded: Int32(truncatingIfNeeded: parseInteger(s, end, base, bitWidth: 32, signed: true)))
}

@c(strtoul)
public func cStrtoul(_ s: UnsafePointer<UInt8>, _ end: UnsafeMutablePointer<UnsafePointer<UInt8>>?, _ base: Int32) -> UInt {
    UInt(truncatingIfNeeded: parseInteger(s, end, base, bitWidth: 32, signed: false))
}

@c(strtoll)
public func cStrtoll(_ s: UnsafePointer<UInt8>, _ end: UnsafeMutablePointer<UnsafePointer<UInt8>>?, _ base: Int32) -> Int64 {
    Int64(bitPattern: parseInteger(s, end, base, bitWidth: 64, signed: true))
}

@c(strtoull)
public func cStrtoull(_ s: UnsafePointer<UInt8>, _ end: UnsafeMutablePointer<UnsafePointer<UInt8>>?, _ base: Int32) -> UInt64 {
    parseInteger(s, end, base, bitWidth: 64, signed: false)
}

@c(atoi) public func cAtoi(_ s: UnsafePointer<UInt8>) -> Int32 { Int32(truncatingIfNeeded: cStrtol(s, nil, 10)) }
@c(atol) public func cAtol(_ s: UnsafePointer<UInt8>) -> Int { cStrtol(s, nil, 10) }
@c(atoll) public func cAtoll(_ s: UnsafePointer<UInt8>) -> Int64 { cStrtoll(s, nil, 10) }

@c(strtod)
public func cStrtod(_ s: UnsafePointer<UInt8>, _ end: UnsafeMutablePointer<UnsafePointer<UInt8>>?) -> Double {
    // The parser takes an array: copy the longest prefix a number can have (its characters
    // are all printable ASCII other than space; the leading white space comes along).
    var n = 0
    while CCharacter.isIn(Int32(s[n]), .space) { n += 1 }
    while s[n] > 0x20 && s[n] < 0x7F { n += 1 }
    let text = Array(UnsafeBufferPointer(start: s, count: n))
    let result = FloatParsing.parse(text)
    end?.pointee = s + result.consumed
    if rangeError(text.prefix(result.consumed), bits: result.bits) { errnoValue = 34 }
    return Double(bitPattern: result.bits)
}

/// Whether strtod must report ERANGE, as glibc does: a finite number that became ±∞, or a
/// non-zero one that became zero or a subnormal other than exactly its value.
func rangeError(_ text: ArraySlice<UInt8>, bits: UInt64) -> Bool {
    let magnitude = bits & 0x7FFF_FFFF_FFFF_FFFF
    var digits = text.drop { CCharacter.isIn(Int32($0), .space) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
    if magnitude == 0x7FF0_0000_0000_0000 { return !CCharacter.isIn(Int32(digits.first ?? 0), .alpha) }
    guard magnitude < 0x0010_0000_0000_0000 else { return false }
    let hexadecimal = digits.count > 1 && digits[digits.startIndex + 1] | 0x20 == UInt8(ascii: "x")
    if hexadecimal { digits = digits.dropFirst(2) }
    // The significand's digits (to 'e', or 'p' in hexadecimal) and where the point is.
    var mantissa: [Int] = [], point: Int? = nil
    var rest = digits[...]
    while let c = rest.first, c | 0x20 != (hexadecimal ? UInt8(ascii: "p") : UInt8(ascii: "e")) {
        if c == UInt8(ascii: ".") { point = mantissa.count } else { mantissa.append(IntegerParsing.digitValue(c)) }
        rest = rest.dropFirst()
    }
    guard let last = mantissa.lastIndex(where: { $0 != 0 }) else { return false }  // an exact zero
    // A decimal subnormal is never exact in practice (that takes hundreds of digits); a
    // hexadecimal one is exact when its lowest set bit has a weight of at least 2^-1074.
    guard hexadecimal else { return true }
    let exponentText = Array(rest.dropFirst()) + [0]  // terminated, for the integer parser
    let exponent = rest.isEmpty ? 0 : exponentText.withUnsafeBufferPointer {
        Int(Int32(truncatingIfNeeded: IntegerParsing.parse($0.baseAddress!, base: 10, bitWidth: 32, signed: true).bits))
    }
    let fractionDigits = last + 1 - (point ?? mantissa.count)
    let lowestBit = exponent - 4 * fractionDigits + mantissa[last].trailingZeroBitCount
    return lowestBit < -1074
}

@c(strtof)
public func cStrtof(_ s: UnsafePointer<UInt8>, _ end: UnsafeMutablePointer<UnsafePointer<UInt8>>?) -> Float {
    // Through double: a double rounding, wrong only for decimal inputs within 2^-29 float
    // ulps of a float midpoint.
    Float(cStrtod(s, end))
}

@c(atof) public func cAtof(_ s: UnsafePointer<UInt8>) -> Double { cStrtod(s, nil) }

@c(qsort)
public func cQsort(_ base: UnsafeMutableRawPointer?, _ count: Int, _ size: Int, _ compare: Sorting.Comparison) {
    guard let base else { return }
    // Stable when the scratch array can be had, as glibc's qsort (a merge sort) is then.
    let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
    let scratch = overflow ? nil : kilnMalloc(bytes)
    Sorting.sort(base, count: count, size: size, scratch: scratch, by: compare)
    kilnFree(scratch)
}

@c(bsearch)
public func cBsearch(_ key: UnsafeRawPointer, _ base: UnsafeRawPointer?, _ count: Int, _ size: Int,
                     _ compare: Sorting.Comparison) -> UnsafeRawPointer? {
    guard let base else { return nil }
    return Sorting.search(key, base, count: count, size: size, by: compare)
}

/// The generator behind rand(); created on first use (seed 1, as in C).
nonisolated(unsafe) var randomState: GlibcRandom? = nil

@c(srand) public func cSrand(_ seed: UInt32) { randomState = GlibcRandom(seed: seed) }

@c(rand)
public func cRand() -> Int32 {
    if randomState == nil { randomState = GlibcRandom(seed: 1) }
    return randomState!.next()
}

/// Functions registered with atexit, run last first by exit.
nonisolated(unsafe) var exitHandlers: [@convention(c) () -> Void] = []

@c(atexit)
public func cAtexit(_ handler: @convention(c) () -> Void) -> Int32 {
    exitHandlers.append(handler)
    return 0
}

@c(exit)
public func cExit(_ status: Int32) -> Never {
    while let handler = exitHandlers.popLast() { handler() }
    kiln_exit(status)
}

@c(_Exit) public func cUnderscoreExit(_ status: Int32) -> Never { kiln_exit(status) }

/// abort: the exit code a shell reports for SIGABRT (128 + 6), so a test sees the same code
/// as for the host program.
@c(abort) public func cAbort() -> Never { kiln_exit(134) }

// MARK: stdio.h (output; a FILE * is the stream number, Runtime/include/stdio.h)

/// Writes bytes to stream 1 (stdout) or 2 (stderr) at once.
func write(_ bytes: UnsafeBufferPointer<UInt8>, stream: Int) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
        if stream == 2 { kiln_error_write(text, UInt32(bytes.count)) } else { kiln_console_write(text, UInt32(bytes.count)) }
    }
}

func write(_ bytes: [UInt8], stream: Int) {
    bytes.withUnsafeBufferPointer { write($0, stream: stream) }
}

@c(kiln_stream_write)
public func kilnStreamWrite(_ stream: Int, _ data: UnsafePointer<UInt8>, _ count: Int) {
    write(UnsafeBufferPointer(start: data, count: count), stream: stream)
}

@c(fputc)
public func cFputc(_ c: Int32, _ stream: Int) -> Int32 {
    var byte = UInt8(truncatingIfNeeded: c)
    withUnsafePointer(to: &byte) { write(UnsafeBufferPointer(start: $0, count: 1), stream: stream) }
    return Int32(byte)
}

@c(putc) public func cPutc(_ c: Int32, _ stream: Int) -> Int32 { cFputc(c, stream) }
@c(putchar) public func cPutchar(_ c: Int32) -> Int32 { cFputc(c, 1) }

@c(fputs)
public func cFputs(_ s: UnsafePointer<UInt8>, _ stream: Int) -> Int32 {
    write(UnsafeBufferPointer(start: s, count: CString.length(s)), stream: stream)
    return 1
}

@c(puts)
public func cPuts(_ s: UnsafePointer<UInt8>) -> Int32 {
    _ = cFputs(s, 1)
    return cFputc(10, 1) < 0 ? -1 : 1
}

@c(fwrite)
public func cFwrite(_ data: UnsafeRawPointer, _ size: Int, _ count: Int, _ stream: Int) -> Int {
    write(UnsafeBufferPointer(start: data.assumingMemoryBound(to: UInt8.self), count: size * count), stream: stream)
    return count
}

@c(fflush) public func cFflush(_ stream: Int) -> Int32 { 0 }

/// One printf conversion for variadic.c: `conversion` points at its `struct kiln_conversion`
/// (letter, flags, width, precision, string, buffer, capacity: 7 words). Writes at most
/// `capacity` bytes of the text into the buffer and returns the whole text's length, or −1
/// for an unknown conversion.
@c(kiln_printf_conversion)
public func kilnPrintfConversion(_ conversion: UnsafeMutableRawPointer, _ value: UInt64) -> Int {
    let word = { (i: Int) in conversion.load(fromByteOffset: 4 * i, as: Int32.self) }
    let string = conversion.load(fromByteOffset: 16, as: UnsafePointer<UInt8>?.self)
    let buffer = conversion.load(fromByteOffset: 20, as: UnsafeMutablePointer<UInt8>.self)
    let capacity = Int(word(6))
    var text: [UInt8] = []
    guard PrintfConversion.append(letter: UInt8(truncatingIfNeeded: word(0)), flags: .init(rawValue: UInt32(bitPattern: word(1))),
                                  width: Int(word(2)), precision: Int(word(3)), value: value, string: string, to: &text)
    else { return -1 }
    for i in 0..<min(capacity, text.count) { buffer[i] = text[i] }
    return text.count
}
