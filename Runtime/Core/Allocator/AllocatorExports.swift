// The C allocator entry points for the device. The host build leaves this file out: there
// these names are glibc's.

import KilnPlatform

/// The runtime's heap; nil until `kiln_heap_init` runs or the first allocation sets it up.
nonisolated(unsafe) var storedRuntimeHeap: Heap? = nil

/// The runtime's heap, laid out over the linker's `_heap_start` … `_heap_end` on first use
/// unless `kiln_heap_init` chose another region before. Lazily, rather than from the startup
/// code, so that firmware that never allocates carries no allocator at all.
var runtimeHeap: Heap? {
    get {
        if storedRuntimeHeap == nil {
            let start = withUnsafeMutablePointer(to: &_heap_start) { UnsafeMutableRawPointer($0) }
            let end = withUnsafeMutablePointer(to: &_heap_end) { UnsafeMutableRawPointer($0) }
            storedRuntimeHeap = Heap(start: start, byteCount: end - start)
        }
        return storedRuntimeHeap
    }
    set { storedRuntimeHeap = newValue }
}

/// Lays out the heap over [start, end) — on firmware the linker's `_heap_start` and
/// `_heap_end` (Docs/firmware.md). Until it runs every allocation returns NULL.
@c(kiln_heap_init)
public func kiln_heap_init(_ start: UnsafeMutableRawPointer, _ end: UnsafeMutableRawPointer) {
    runtimeHeap = Heap(start: start, byteCount: end - start)
}

/// Installs the function called (with the requested size) before an allocation fails.
@c(kiln_heap_set_exhaustion_hook)
public func kiln_heap_set_exhaustion_hook(_ hook: ExhaustionHook?) {
    runtimeHeap?.exhaustionHook = hook
}

/// `malloc`. swiftc reserves the names `malloc` and `free` for its own runtime (naming a
/// Swift function so warns, "this will become an error"), so the C names are defined in
/// Core/CLib/memory.c, each calling the `kiln_` function here; Swift callers call these
/// directly.
@c(kiln_malloc)
public func kilnMalloc(_ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.allocate(size)
}

/// `free` (see `kilnMalloc` for why the C name is defined in C).
@c(kiln_free)
public func kilnFree(_ pointer: UnsafeMutableRawPointer?) {
    runtimeHeap?.deallocate(pointer)
}

@c(calloc)
public func calloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.allocateZeroed(count: count, size: size)
}

@c(realloc)
public func realloc(_ pointer: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.reallocate(pointer, size)
}

/// Returns 0, EINVAL (22) for an alignment that is not a power of two times the pointer
/// size, or ENOMEM (12). Embedded Swift's own runtime stubs allocate through this.
@c(posix_memalign)
public func posix_memalign(
    _ result: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ alignment: Int, _ size: Int
) -> Int32 {
    guard alignment >= MemoryLayout<UnsafeRawPointer>.size, alignment & (alignment - 1) == 0 else { return 22 }
    guard let pointer = runtimeHeap?.allocate(size, alignment: alignment) else { return 12 }
    result.pointee = pointer
    return 0
}

@c(aligned_alloc)
public func aligned_alloc(_ alignment: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    runtimeHeap?.allocate(size, alignment: alignment)
}
