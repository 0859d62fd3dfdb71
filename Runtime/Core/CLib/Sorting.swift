/// `qsort` and `bsearch` over raw C arrays with a C comparison function.
public enum Sorting {
    /// C's comparison callback: negative, zero or positive.
    public typealias Comparison = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

    /// Sorts `count` elements of `size` bytes in place. With `scratch` (room for `count`
    /// elements) a stable merge sort, which is what glibc's qsort does when it can allocate
    /// (so equal elements end in the host's order too); without, heapsort: O(n log n) with no
    /// extra memory, but not stable.
    public static func sort(_ base: UnsafeMutableRawPointer, count: Int, size: Int,
                            scratch: UnsafeMutableRawPointer?, by compare: Comparison) {
        guard count > 1 && size > 0 else { return }
        if let scratch {
            mergeSort(base, count: count, size: size, scratch: scratch, by: compare)
        } else {
            heapSort(base, count: count, size: size, by: compare)
        }
    }

    /// Top-down merge sort of `count` elements; `scratch` holds the merged run before it is
    /// copied back. On equal elements the left run's comes first: stable.
    static func mergeSort(_ base: UnsafeMutableRawPointer, count: Int, size: Int,
                          scratch: UnsafeMutableRawPointer, by compare: Comparison) {
        if count < 2 { return }
        let half = count / 2
        mergeSort(base, count: half, size: size, scratch: scratch, by: compare)
        mergeSort(base + half * size, count: count - half, size: size, scratch: scratch, by: compare)
        var left = 0, right = half, out = 0
        while left < half || right < count {
            let takeLeft = right == count || (left < half && compare(base + left * size, base + right * size) <= 0)
            let from = takeLeft ? left : right
            (scratch + out * size).copyMemory(from: base + from * size, byteCount: size)
            if takeLeft { left += 1 } else { right += 1 }
            out += 1
        }
        base.copyMemory(from: scratch, byteCount: count * size)
    }

    /// In-place heapsort, for when no scratch memory is available.
    static func heapSort(_ base: UnsafeMutableRawPointer, count: Int, size: Int, by compare: Comparison) {
        func element(_ i: Int) -> UnsafeMutableRawPointer { base + i * size }
        func swapElements(_ i: Int, _ j: Int) {
            let a = element(i), b = element(j)
            for k in 0..<size {
                let t = a.load(fromByteOffset: k, as: UInt8.self)
                a.storeBytes(of: b.load(fromByteOffset: k, as: UInt8.self), toByteOffset: k, as: UInt8.self)
                b.storeBytes(of: t, toByteOffset: k, as: UInt8.self)
            }
        }
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && compare(element(child), element(child + 1)) < 0 { child += 1 }
                if compare(element(root), element(child)) >= 0 { return }
                swapElements(root, child)
                root = child
            }
        }
        var start = count / 2
        while start > 0 {
            start -= 1
            siftDown(start, count)
        }
        var end = count
        while end > 1 {
            end -= 1
            swapElements(0, end)
            siftDown(0, end)
        }
    }

    /// Binary search for `key` in a sorted array: a matching element or nil.
    public static func search(_ key: UnsafeRawPointer, _ base: UnsafeRawPointer, count: Int, size: Int,
                              by compare: Comparison) -> UnsafeRawPointer? {
        var low = 0, high = count
        while low < high {
            let middle = low + (high - low) / 2
            let order = compare(key, base + middle * size)
            if order == 0 { return base + middle * size }
            if order < 0 { high = middle } else { low = middle + 1 }
        }
        return nil
    }
}
