import Foundation
import KilnTestSupport
import Testing

/// The LLVM 22 tools the ELFKit tests use as oracles.
extension TestTools {
    /// `llvm-readelf-22 --elf-output-style=JSON` with `options`, decoded: the one file's object.
    static func readelfJSON(_ path: String, _ options: [String]) throws -> [String: Any] {
        let output = try run("llvm-readelf-22", ["--elf-output-style=JSON"] + options + [path])
        #expect(output.status == 0, "llvm-readelf-22 failed: \(output.stderr)")
        #expect(output.stderr.isEmpty, "llvm-readelf-22 warned: \(output.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        return try #require((json as? [[String: Any]])?.first)
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Typed access to llvm-readelf's JSON, which nests every named value as {"Name", "Value"}.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    func array(_ key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
    func int(_ key: String) -> Int { (self[key] as? NSNumber)?.intValue ?? -1 }
    func string(_ key: String) -> String { self[key] as? String ?? "" }
    /// The "Name" of a {"Name", "Value"} pair.
    func name(_ key: String) -> String { object(key).string("Name") }
    /// The "Value" of a {"Name", "Value"} pair.
    func value(_ key: String) -> Int { object(key).int("Value") }
}
