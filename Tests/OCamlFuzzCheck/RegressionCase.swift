/// A damaged executable kept as a regression case: the difference from the program that
/// `ocamlc` makes (the same bytes on every run of the same compiler), as text small enough to
/// keep in the repository: the unchanged prefix and suffix lengths and the bytes between.
public struct RegressionCase: Equatable, Sendable {
    /// The program's name (`hello` for `hello.ml`).
    public var program: String
    public var prefix: Int
    public var suffix: Int
    public var middle: [UInt8]
    /// What went wrong, for the reader of the file.
    public var note: String

    /// The difference between `original` and `damaged`.
    public init(program: String, original: [UInt8], damaged: [UInt8], note: String) {
        var prefix = 0
        while prefix < original.count, prefix < damaged.count, original[prefix] == damaged[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(original.count, damaged.count) - prefix,
              original[original.count - 1 - suffix] == damaged[damaged.count - 1 - suffix] { suffix += 1 }
        self.program = program
        self.prefix = prefix
        self.suffix = suffix
        middle = Array(damaged[prefix..<damaged.count - suffix])
        self.note = note
    }

    /// The damaged bytes, rebuilt from the original; nil if it is not the original this was
    /// made from (too short).
    public func damaged(from original: [UInt8]) -> [UInt8]? {
        guard prefix + suffix <= original.count else { return nil }
        return Array(original[..<prefix]) + middle + original[(original.count - suffix)...]
    }

    /// `key: value` lines.
    public var text: String {
        let hex = middle.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        return "# \(note)\nprogram: \(program)\nprefix: \(prefix)\nsuffix: \(suffix)\nbytes: \(hex)\n"
    }

    /// Parses `text`; nil when a field is missing or malformed.
    public init?(text: String) {
        var fields: [String: String] = [:]
        var note = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# ") { note = String(line.dropFirst(2)); continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: " ")
        }
        guard let program = fields["program"], let prefix = fields["prefix"].flatMap({ Int($0) }),
              let suffix = fields["suffix"].flatMap({ Int($0) }), let hex = fields["bytes"], hex.count % 2 == 0 else { return nil }
        var middle: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            middle.append(byte)
            index = next
        }
        (self.program, self.prefix, self.suffix, self.middle, self.note) = (program, prefix, suffix, middle, note)
    }
}

private extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
