/// An ELF string table under construction: NUL-terminated names, offset 0 is the empty
/// name. Equal names share one entry; suffix sharing is not attempted since tables are small.
struct StringTable {
    private(set) var bytes: [UInt8] = [0]
    private var offsets: [String: UInt32] = ["": 0]

    /// The offset of `name`, adding it if it is new.
    mutating func offset(of name: String) -> UInt32 {
        if let offset = offsets[name] { return offset }
        let offset = UInt32(bytes.count)
        bytes += name.utf8
        bytes.append(0)
        offsets[name] = offset
        return offset
    }
}
