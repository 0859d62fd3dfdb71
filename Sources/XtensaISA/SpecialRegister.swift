/// Special register names (RSR/WSR/XSR) and user register names (RUR/WUR), with numbers
/// from the Xtensa ISA reference manual. The printer uses the name, the assembler takes
/// either the name or the number.
public enum SpecialRegisters {
    public static let special: [(name: String, number: Int)] = [
        ("lbeg", 0), ("lend", 1), ("lcount", 2), ("sar", 3), ("br", 4), ("scompare1", 12),
        ("acclo", 16), ("acchi", 17), ("m0", 32), ("m1", 33), ("m2", 34), ("m3", 35),
        ("windowbase", 72), ("windowstart", 73), ("ibreakenable", 96), ("memctl", 97),
        ("atomctl", 99), ("ddr", 104), ("ibreaka0", 128), ("ibreaka1", 129),
        ("dbreaka0", 144), ("dbreaka1", 145), ("dbreakc0", 160), ("dbreakc1", 161),
        ("configid0", 176), ("epc1", 177), ("epc2", 178), ("epc3", 179), ("epc4", 180),
        ("epc5", 181), ("epc6", 182), ("epc7", 183), ("depc", 192), ("eps2", 194),
        ("eps3", 195), ("eps4", 196), ("eps5", 197), ("eps6", 198), ("eps7", 199),
        ("configid1", 208), ("excsave1", 209), ("excsave2", 210), ("excsave3", 211),
        ("excsave4", 212), ("excsave5", 213), ("excsave6", 214), ("excsave7", 215),
        ("cpenable", 224), ("interrupt", 226), ("intclear", 227), ("intenable", 228),
        ("ps", 230), ("vecbase", 231), ("exccause", 232), ("debugcause", 233),
        ("ccount", 234), ("prid", 235), ("icount", 236), ("icountlevel", 237),
        ("excvaddr", 238), ("ccompare0", 240), ("ccompare1", 241), ("ccompare2", 242),
        ("misc0", 244), ("misc1", 245), ("misc2", 246), ("misc3", 247),
    ]

    public static let user: [(name: String, number: Int)] = [
        ("threadptr", 231), ("fcr", 232), ("fsr", 233),
    ]

    static func name(of number: Int, in table: [(name: String, number: Int)]) -> String? {
        table.first { $0.number == number }?.name
    }

    static func number(of name: String, in table: [(name: String, number: Int)]) -> Int? {
        table.first { $0.name == name.lowercased() }?.number
    }
}
