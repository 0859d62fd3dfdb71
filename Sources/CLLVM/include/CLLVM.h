#ifndef KILN_CLLVM_H
#define KILN_CLLVM_H
#include <llvm-c/Core.h>
#include <llvm-c/Disassembler.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/IRReader.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Linker.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Transforms/PassBuilder.h>

/// Registers LLVM's Xtensa target (info, MC layer, disassembler, asm printer).
/// LLVM's C API only offers "initialize all", which would pull every target in.
void kiln_llvm_initialize_xtensa(void);
#endif
