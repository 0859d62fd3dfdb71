// The C allocator entry points for the device. The host build leaves this file out: there
// these names are glibc's.
import KilnPlatform

/// The runtime's heap; laid out over the linker's heap region on first use unless
/// `kiln_heap_init` chose another region before (the startup code calls no initializer, so
/// C programs and Swift code can allocate from the start).
nonisolated(unsafe) var installedHeap: Heap? = nil

/// The heap, set up on first use.
var runtimeHeap: Heap? {
    get {
        if installedHeap == nil { installedHeap = Heap(start: kiln_heap_start(), byteCount: kiln_heap_end() - kiln_heap_start()) }
        return installedHeap
    }
    set { installedHeap = newValue }
}

/// Lays out the heap over [start, end) — on firmware the linker's `_heap_start` and
/// `_heap_end` (Docs/firmware.md), which is also what the first allocation does without it.
@_cdecl("kiln_heap_init")
public func kiln_heap_init(_ start: UnsafeMutableRawPointer, _ end: UnsafeMutableRawPointer) {
    runtimeHeap = Heap(start: start, byteCount: end - start)
}

/// Installs the function called (with the requested size) before an allocation fails.
@_cdecl("kiln_heap_set_exhaustion_hook")
public func kiln_heap_set_exhaustion_hook(_ hook: ExhaustionHook?) {
    runtimeHeap?.exhaustionHook = hook
}

@_cdecl("malloc")
public func malloc(_ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.allocate(size)
}

@_cdecl("free")
public func free(_ pointer: UnsafeMutableRawPointer?) {
    runtimeHeap?.deallocate(pointer)
}

@_cdecl("calloc")
public func calloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.allocateZeroed(count: count, size: size)
}

@_cdecl("realloc")
public func realloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.reallocate(pointer, size)
}

/// Returns 0, EINVAL (22) for an alignment that is not a power of two times the pointer
/// size, or ENOMEM (12). Embedded Swift's own runtime stubs allocate through this.
@_cdecl("posix_memalign")
public func posix_memalign(
    _ result: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ alignment: Int, _ size: Int
) -> Int32 {
    guard alignment >= MemoryLayout<UnsafeRawPointer>.size, alignment & (alignment - 1) == 0 else { return 22 }
    guard let pointer = runtimeHeap?.allocate(size, alignment: alignment) else { return 12 }
    result.pointee = pointer
    return 0
}

@_cdecl("aligned_alloc")
public func aligned_alloc(_ alignment: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.allocate(size, alignment: alignment)
}
