import ELFKit
import Foundation
import KilnTestSupport
import KilnDriver
import KilnLinker
import Testing

/// The esp32 layout: sections where the map says, in the ESP-IDF memory regions, and an
/// app image that esptool reads back.
@Suite("ESP32 firmware")
struct ESP32Tests {
    @Test func sectionsSitAtTheMapsAddressesAndEsptoolReadsTheImage() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (elf, map) = try Harness.firmware(["multi-main.c", "multi-lib.c", "multi-asm.S"], layout: .esp32, in: dir)
        let file = try ELFReader.read(path: elf)

        for entry in map.sections {
            let section = try #require(file.sections.first { $0.name == entry.name })
            #expect(section.address == entry.address, "\(entry.name)")
            #expect(section.size == entry.size, "\(entry.name)")
        }
        func section(_ name: String) throws -> LinkMap.SectionEntry { try #require(map.sections.first { $0.name == name }) }
        #expect(try section(".vectors").address == 0x4008_0000)
        #expect(try section(".iram.text").address < 0x400A_0000)
        #expect(try section(".flash.text").address == 0x400D_0020)
        #expect(try section(".flash.rodata").address == 0x3F40_0020)
        #expect(try section(".data").address == 0x3FFB_0000)
        let main = try #require(map.symbols.first { $0.name == "main" })
        #expect(main.address >= 0x400D_0020 && main.address < 0x4040_0000)
        #expect(map.address(of: "_start")! >= 0x4008_0000 && map.address(of: "_start")! < 0x400A_0000)
        guard case .executable(let entry) = file.kind else { Issue.record("not an executable"); return }
        #expect(entry == map.address(of: "_start"))

        let image = dir.appendingPathComponent("fw.bin").path
        _ = try ESPTool.makeImage(elf: elf, output: image)
        let info = try ESPTool.imageInfo(image)
        #expect(info.status == 0, "\(info.text)")
        #expect(info.text.contains("Entry point: 0x\(String(entry, radix: 16))"), "\(info.text)")
        #expect(info.text.lowercased().contains("checksum") && info.text.contains("(valid)"), "\(info.text)")
        for name in [".vectors", ".flash.text", ".flash.rodata", ".data"] {
            let address = String(format: "0x%08x", try section(name).address)
            #expect(info.text.contains(address), "image_info lists no segment at \(address) (\(name)):\n\(info.text)")
        }
    }
}
