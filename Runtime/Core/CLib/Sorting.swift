/// `qsort` and `bsearch` over raw C arrays with a C comparison function.
public enum Sorting {
    /// C's comparison callback: negative, zero or positive.
    public typealias Comparison = @convention(c) (UnsafeRawPointer?, UnsafeRawPointer?) -> Int32

    /// Sorts `count` elements of `size` bytes in place: heapsort, so O(n log n) in the worst
    /// case without recursion or extra memory. Not stable (neither is C's qsort); elements
    /// that compare equal may end in any order.
    public static func sort(_ base: UnsafeMutableRawPointer, count: Int, size: Int, by compare: Comparison) {
        guard count > 1 && size > 0 else { return }
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
