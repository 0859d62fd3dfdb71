/// Makes ESP32 app images with PyPI's esptool (`elf2image`) and reads them back
/// (`image_info`). `make deps` installs esptool when it is missing.
public enum ESPTool {
    /// The esptool command: `esptool` (v5) or `esptool.py` (v4), whichever is on PATH,
    /// else `python3 -m esptool`.
    static func command() -> [String] {
        for name in ["esptool", "esptool.py"] where onPath(name) { return [name] }
        return ["python3", "-m", "esptool"]
    }

    /// Output of a finished esptool run.
    public struct Output: Sendable {
        public var status: Int32
        public var text: String
    }

    static func run(_ arguments: [String]) throws(DriverError) -> Output {
        var text: [UInt8] = []
        let outcome = try Subprocess.run(command() + arguments, timeout: 120,
                                         onStdout: { text += $0 }, onStderr: { text += $0 })
        return Output(status: outcome.status, text: String(decoding: text, as: UTF8.self))
    }

    /// Writes the ESP32 app image of `elf` to `output`. esptool takes the segments from the
    /// ELF's sections and pads flash-mapped ones to their 64 KiB page offsets.
    public static func makeImage(elf: String, output: String) throws(DriverError) -> Output {
        let result = try run(["--chip", "esp32", "elf2image", "--flash-mode", "dio", "--flash-freq", "40m",
                              "--flash-size", "4MB", "--output", output, elf])
        guard result.status == 0 else { throw .tool(name: "esptool elf2image", message: result.text) }
        return result
    }

    /// esptool's description of an image (segments, load addresses, checksum).
    public static func imageInfo(_ image: String) throws(DriverError) -> Output {
        try run(["--chip", "esp32", "image-info", image])
    }
}

#if canImport(Glibc)
import Glibc
#endif

func onPath(_ name: String) -> Bool {
    guard let path = getenv("PATH") else { return false }
    return String(cString: path).split(separator: ":").contains { access("\($0)/\(name)", X_OK) == 0 }
}
