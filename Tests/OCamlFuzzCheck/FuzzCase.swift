import OCamlFrontend
import OCamlLowering
import SoftFloatCheck

/// One real executable to damage: its bytes and its located sections.
public struct FuzzSeedProgram: Sendable {
    /// A name for reports (the program's).
    public let name: String
    public let bytes: [UInt8]
    public let file: ExecutableFile

    public init(name: String, bytes: [UInt8]) throws(BytecodeError) {
        self.name = name
        self.bytes = bytes
        file = try ExecutableFile(bytes: bytes, path: name)
    }
}

/// What the reader and the lowering made of one damaged executable.
public enum FuzzOutcome: Equatable, Sendable {
    /// Read and lowered (the damage left a valid program, or one the lowering takes).
    case lowered
    /// Read, and not lowered (not in the sample).
    case read
    /// Refused with a well-formed diagnostic; the label is the error's kind, for statistics.
    case rejected(String)
    /// Refused with a diagnostic that is not `file:offset: error: ...` inside the file.
    case badDiagnostic(String)
}

/// Fuzz case `index` of a run: which program, which mutation, and the generator that made
/// it, all derived from `(seed, index)` so that one case replays without the others.
public struct FuzzCase: Sendable {
    public let index: Int
    public let program: FuzzSeedProgram
    public let mutation: Mutation
    public let bytes: [UInt8]

    /// Whether a run lowering 1 in `sample` cases of the programs after the first (the
    /// first being hello world, cheap to lower) lowers this case.
    public func isLowered(sample: Int) -> Bool {
        isFirstProgram || index % max(1, sample) == 0
    }
    private let isFirstProgram: Bool

    /// Case `index` of the run seeded with `seed` over `programs`.
    public init(seed: UInt64, index: Int, programs: [FuzzSeedProgram]) {
        var random = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
        self.index = index
        program = programs[random.below(programs.count)]
        isFirstProgram = program.name == programs[0].name
        mutation = Mutation.allCases[random.below(Mutation.allCases.count)]
        var mutated = mutation.apply(to: program.bytes, program.file, &random)
        // Sometimes a second mutation of another kind: errors that need two things wrong.
        if random.below(4) == 0, let file = try? ExecutableFile(bytes: mutated) {
            mutated = Mutation.allCases[random.below(Mutation.allCases.count)].apply(to: mutated, file, &random)
        }
        bytes = mutated
    }

    /// The path errors name.
    public var path: String { "\(program.name)#\(index)" }

    /// Reads and (with `lower`) lowers the damaged bytes in this process; a trap here is a
    /// crash of kiln. Lowering a Printf program takes about half a second in a debug build,
    /// so runs lower only a sample of the cases of the large programs.
    public func run(lower: Bool = true) -> FuzzOutcome {
        let program: BytecodeExecutable
        do throws(BytecodeError) {
            program = try BytecodeExecutable(bytes: bytes, path: path)
        } catch {
            return check(error.description, offset: error.offset, label: "\(error.kind)")
        }
        guard lower else { return .read }
        do throws(LoweringError) {
            _ = try ProgramLowering.lower(program, options: LoweringOptions(musttail: true))
            return .lowered
        } catch {
            return check(error.description, offset: error.offset, label: "lowering")
        }
    }

    private func check(_ message: String, offset: Int?, label: String) -> FuzzOutcome {
        guard let offset, offset >= 0, offset <= bytes.count, message.hasPrefix("\(path):\(offset): error: ") else {
            return .badDiagnostic(message)
        }
        return .rejected(label)
    }
}
