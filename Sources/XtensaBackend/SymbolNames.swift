/// Symbol names the assembler can read. LLVM allows any bytes in a name: Embedded Swift names
/// its string constants after their text (`.str.19.index out of bounds`), with spaces,
/// quotes, backquotes and question marks. Names made only of letters, digits, `_`, `.` and `$`
/// pass unchanged (every C and Swift-mangled name does); any other is rewritten as
/// `__kiln_q$` followed by the name with each other byte, and `$` itself, as `$` and two hex
/// digits — one-to-one, so two different names never meet. Such names are in practice
/// private string constants, whose spelling nothing outside the object sees.
func assemblerName(_ name: String) -> String {
    func plain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "$"): true
        default: false
        }
    }
    guard !name.utf8.allSatisfy(plain) else { return name }
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes = Array("__kiln_q$".utf8)
    for byte in name.utf8 {
        if plain(byte), byte != UInt8(ascii: "$") {
            bytes.append(byte)
        } else {
            bytes += [UInt8(ascii: "$"), hex[Int(byte >> 4)], hex[Int(byte & 15)]]
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
