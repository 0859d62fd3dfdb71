; Debug locations (DILocation) become comments in the listing (from `clang-22 -g -O2` on a 4-line C file).
; ModuleID = 'lines.c'
source_filename = "lines.c"
target datalayout = "e-m:e-p:32:32-i8:8:32-i16:16:32-i64:64-n32"
target triple = "xtensa"

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define dso_local i32 @scale(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 !dbg !12 {
    #dbg_value(i32 %0, !17, !DIExpression(), !20)
    #dbg_value(i32 %1, !18, !DIExpression(), !20)
  %3 = mul nsw i32 %0, 3, !dbg !21
    #dbg_value(i32 %3, !19, !DIExpression(), !20)
  %4 = add nsw i32 %3, %1, !dbg !22
  ret i32 %4, !dbg !23
}

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2, !3, !4, !5, !6}
!llvm.ident = !{!7}
!llvm.errno.tbaa = !{!8}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, splitDebugInlining: false, nameTableKind: None)
!1 = !DIFile(filename: "lines.c", directory: ".", checksumkind: CSK_MD5, checksum: "9b1f843dc8cae6c90f879787bb5b61f1")
!2 = !{i32 7, !"Dwarf Version", i32 5}
!3 = !{i32 2, !"Debug Info Version", i32 3}
!4 = !{i32 1, !"wchar_size", i32 4}
!5 = !{i32 7, !"frame-pointer", i32 2}
!6 = !{i32 7, !"debug-info-assignment-tracking", i1 true}
!7 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !DISubprogram(name: "scale", scope: !1, file: !1, line: 1, type: !13, scopeLine: 1, flags: DIFlagPrototyped | DIFlagAllCallsDescribed, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !0, retainedNodes: !16, keyInstructions: true)
!13 = !DISubroutineType(types: !14)
!14 = !{!15, !15, !15}
!15 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!16 = !{!17, !18, !19}
!17 = !DILocalVariable(name: "x", arg: 1, scope: !12, file: !1, line: 1, type: !15)
!18 = !DILocalVariable(name: "y", arg: 2, scope: !12, file: !1, line: 1, type: !15)
!19 = !DILocalVariable(name: "s", scope: !12, file: !1, line: 2, type: !15)
!20 = !DILocation(line: 0, scope: !12)
!21 = !DILocation(line: 2, column: 13, scope: !12, atomGroup: 1, atomRank: 2)
!22 = !DILocation(line: 3, column: 12, scope: !12, atomGroup: 3, atomRank: 2)
!23 = !DILocation(line: 3, column: 3, scope: !12, atomGroup: 3, atomRank: 1)
