import ArgumentParser
import KilnDriver

/// `kiln image`: an ESP32 flash image from esp32-profile firmware.
struct ImageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Make an ESP32 app image (esptool elf2image) from firmware linked with --target esp32.",
        discussion: "Needs PyPI's esptool (`make deps` installs it). `--info` prints esptool's image_info of the result.")

    @Argument(help: "Firmware linked with `kiln link --target esp32`.")
    var firmware: String

    @Option(name: .short, help: "The image to write.")
    var output: String

    @Flag(help: "Print esptool's description of the image.")
    var info = false

    func run() throws {
        do {
            _ = try ESPTool.makeImage(elf: firmware, output: output)
            if info { FileHandleOutput.standardOutput.write(try ESPTool.imageInfo(output).text) }
        } catch {
            throw fail(error.description)
        }
    }
}
