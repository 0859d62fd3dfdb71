import Testing
@testable import XtensaISA

enum ReferenceEncodings {
    static let notInLLVM: Set<Opcode> = [.simcall, .l32ai, .s32ri, .lsiu, .ssiu, .lsxu, .ssxu]
}
