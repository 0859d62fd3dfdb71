#include "CLLVM.h"

void LLVMInitializeXtensaTargetInfo(void);
void LLVMInitializeXtensaTargetMC(void);
void LLVMInitializeXtensaTarget(void);
void LLVMInitializeXtensaDisassembler(void);
void LLVMInitializeXtensaAsmPrinter(void);

void kiln_llvm_initialize_xtensa(void) {
    LLVMInitializeXtensaTargetInfo();
    LLVMInitializeXtensaTargetMC();
    LLVMInitializeXtensaTarget();
    LLVMInitializeXtensaDisassembler();
    LLVMInitializeXtensaAsmPrinter();
}
