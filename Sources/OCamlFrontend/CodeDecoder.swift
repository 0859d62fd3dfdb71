/// Decodes the CODE section into instructions. Every operand is bounds-checked and every
/// branch target must land inside CODE, so later passes can index by target without checks.
enum CodeDecoder {
    /// Decodes the whole body of `section` (little-endian 32-bit words).
    static func decode(_ file: ExecutableFile, _ section: ExecutableFile.Section) throws(BytecodeError) -> [Instruction] {
        guard section.length % 4 == 0 else {
            throw BytecodeError(path: file.path, offset: section.offset, kind: .corrupt,
                                message: "CODE is \(section.length) bytes, not a whole number of 32-bit words")
        }
        // The section lies inside the file (ExecutableFile checked), so the words load directly.
        let words = stride(from: section.offset, to: section.offset + section.length, by: 4).map { at in
            UInt32(file.bytes[at]) | UInt32(file.bytes[at + 1]) << 8
                | UInt32(file.bytes[at + 2]) << 16 | UInt32(file.bytes[at + 3]) << 24
        }
        var decoder = Decoder(words: words, file: file, base: section.offset)
        var instructions: [Instruction] = []
        while decoder.position < words.count { instructions.append(try decoder.instruction()) }
        return instructions
    }

    struct Decoder {
        let words: [UInt32]
        let file: ExecutableFile
        /// File offset of word 0.
        let base: Int
        var position = 0

        func error(_ kind: BytecodeError.Kind, atWord word: Int, _ message: String) -> BytecodeError {
            BytecodeError(path: file.path, offset: base + 4 * word, kind: kind, message: message)
        }

        mutating func word(_ what: String, of opcode: Opcode) throws(BytecodeError) -> UInt32 {
            guard position < words.count else {
                throw error(.truncated, atWord: position, "CODE ends inside \(opcode.name) (missing \(what))")
            }
            defer { position += 1 }
            return words[position]
        }

        mutating func unsigned(_ opcode: Opcode) throws(BytecodeError) -> Int {
            Int(try word("an operand", of: opcode))
        }

        mutating func signed(_ opcode: Opcode) throws(BytecodeError) -> Int {
            Int(Int32(bitPattern: try word("an operand", of: opcode)))
        }

        /// A target `offset` words from `origin`, checked to be inside CODE.
        func target(_ origin: Int, _ offset: Int, at word: Int, of opcode: Opcode) throws(BytecodeError) -> Int {
            let target = origin + offset
            guard target >= 0, target < words.count else {
                throw error(.corrupt, atWord: word, "\(opcode.name) branches to word \(target), outside CODE (0..<\(words.count))")
            }
            return target
        }

        /// A branch offset relative to its own word.
        mutating func branch(_ opcode: Opcode) throws(BytecodeError) -> Int {
            let at = position
            let offset = Int(Int32(bitPattern: try word("a branch offset", of: opcode)))
            return try target(at, offset, at: at, of: opcode)
        }

        /// `count` offsets relative to the word at `origin`; `count` comes from the file, so
        /// it is checked against the words left before anything is allocated.
        mutating func table(_ count: Int, from origin: Int, of opcode: Opcode) throws(BytecodeError) -> [Int] {
            guard count <= words.count - position else {
                throw error(.truncated, atWord: position, "CODE ends inside \(opcode.name)'s table of \(count) offsets")
            }
            var targets: [Int] = []
            for _ in 0..<count {
                let at = position
                let offset = Int(Int32(bitPattern: try word("an offset", of: opcode)))
                targets.append(try target(origin, offset, at: at, of: opcode))
            }
            return targets
        }

        mutating func instruction() throws(BytecodeError) -> Instruction {
            let start = position
            let raw = words[position]
            guard let opcode = Opcode(rawValue: raw) else {
                throw error(.corrupt, atWord: start, "unknown opcode \(raw) at code word \(start)")
            }
            position += 1
            let operands: Operands
            switch opcode.shape {
            case .none: operands = .none
            case .unsigned: operands = .int(try unsigned(opcode))
            case .signed: operands = .int(try signed(opcode))
            case .twoUnsigned: operands = .twoInts(try unsigned(opcode), try unsigned(opcode))
            case .target: operands = .target(try branch(opcode))
            case .unsignedTarget: operands = .intTarget(try unsigned(opcode), target: try branch(opcode))
            case .signedTarget: operands = .intTarget(try signed(opcode), target: try branch(opcode))
            case .global: operands = .global(try unsigned(opcode))
            case .globalField: operands = .globalField(try unsigned(opcode), field: try unsigned(opcode))
            case .setGlobal: operands = .setGlobal(try unsigned(opcode))
            case .primitive: operands = .primitive(try unsigned(opcode))
            case .countPrimitive: operands = .countPrimitive(count: try unsigned(opcode), primitive: try unsigned(opcode))
            case .switchTable:
                let sizes = try unsigned(opcode)
                // Tag offsets follow the integer ones and count from the same first word.
                let origin = position
                let ints = try table(sizes & 0xFFFF, from: origin, of: opcode)
                let tags = try table(sizes >> 16, from: origin, of: opcode)
                operands = .switchTable(ints: ints, tags: tags)
            case .closureRec:
                let count = try unsigned(opcode)
                let variables = try unsigned(opcode)
                operands = .closureRec(variables: variables, functions: try table(count, from: position, of: opcode))
            case .publicMethod:
                operands = .publicMethod(tag: try signed(opcode), cache: try unsigned(opcode))
            }
            return Instruction(position: start, opcode: opcode, operands: operands, length: position - start)
        }
    }
}
