import KilnOCaml

/// OCaml's generic hash (hash.c, MurmurHash3 mixing), bit for bit as a 32-bit ocamlrun
/// computes it, so Hashtbl buckets and iteration order match. Values are visited
/// breadth-first through a queue (KILN_HASH_QUEUE_WORDS), at most `count` meaningful
/// ones and `limit` queued. One departure: a closure's code pointers and info words
/// (fields before its environment) are mixed as integers, never followed.
enum StructuralHash {
    @inline(__always) static func mix(_ h: UInt32, _ data: UInt32) -> UInt32 {
        var d = data &* 0xcc9e2d51
        d = (d << 15) | (d >> 17)
        d = d &* 0x1b873593
        var x = h ^ d
        x = (x << 13) | (x >> 19)
        return x &* 5 &+ 0xe6546b64
    }

    @inline(__always) static func finalMix(_ hash: UInt32) -> UInt32 {
        var h = hash
        h ^= h >> 16
        h = h &* 0x85ebca6b
        h ^= h >> 13
        h = h &* 0xc2b2ae35
        h ^= h >> 16
        return h
    }

    static func mixDouble(_ h: UInt32, _ d: Double) -> UInt32 {
        let bits = d.bitPattern
        var hi = UInt32(truncatingIfNeeded: bits >> 32), lo = UInt32(truncatingIfNeeded: bits)
        if hi & 0x7FF0_0000 == 0x7FF0_0000 && (lo | (hi & 0xFFFFF)) != 0 {
            // All NaNs hash alike.
            hi = 0x7FF0_0000
            lo = 1
        } else if hi == 0x8000_0000 && lo == 0 {
            hi = 0   // -0.0 as +0.0
        }
        return mix(mix(h, lo), hi)
    }

    @inline(__always) static func mixString(_ hash: UInt32, _ s: Value) -> UInt32 {
        var h = hash
        let n = stringLength(s), words = wordPointer(s)
        var i = 0
        // Whole words as one load each: the block is word-aligned and the target
        // little-endian, so a word is the four bytes hash.c assembles.
        while i &+ 4 <= n {
            h = mix(h, words[i >> 2])
            i &+= 4
        }
        // The last 1-3 bytes: the block's last word, whose padding bytes (after the
        // string's) are masked off, is the value hash.c assembles from those bytes.
        let tail = n & 3
        if tail != 0 {
            h = mix(h, words[i >> 2] & (UInt32(1) &<< UInt32(truncatingIfNeeded: tail &* 8) &- 1))
        }
        return h ^ UInt32(truncatingIfNeeded: n)
    }

    static func hash(count: Int, limit: Int, seed: UInt32, _ obj: Value) -> UInt32 {
        // Hashtbl's usual keys, a string or an integer, are the whole walk: no queue.
        if count > 0 && limit != 0 {
            if isInt(obj) { return finalMix(mix(seed, obj)) & 0x3FFF_FFFF }
            if isBlock(obj) && tagOf(obj) == OCamlTag.string { return finalMix(mixString(seed, obj)) & 0x3FFF_FFFF }
        }
        let capacity = Int(KILN_HASH_QUEUE_WORDS)
        let queue = kiln_hash_queue_base()!
        let size = limit < 0 || limit > capacity ? capacity : limit
        var num = count
        var h = seed
        queue[0] = obj
        var rd = 0, wr = 1
        while rd < wr && num > 0 {
            var v = queue[rd]
            rd += 1
            var again = true
            while again {
                again = false
                if isInt(v) || v & 3 != 0 {
                    h = mix(h, v)
                    num -= 1
                    break
                }
                let hd = header(v)
                switch hd & 0xFF {
                case OCamlTag.string:
                    h = mixString(h, v)
                    num -= 1
                case OCamlTag.double:
                    h = mixDouble(h, doubleVal(v))
                    num -= 1
                case OCamlTag.doubleArray:
                    for i in 0..<wosize(v) / 2 {
                        h = mixDouble(h, doubleAt(v, i))
                        num -= 1
                        if num <= 0 { break }
                    }
                case OCamlTag.abstract:
                    break
                case OCamlTag.infix:
                    let offset = hd >> 10
                    h = mix(h, offset)
                    v = v &- offset * 4
                    again = true
                case OCamlTag.forward:
                    var links = 1000
                    while links > 0 {
                        v = field(v, 0)
                        if isInt(v) || tagOf(v) != OCamlTag.forward { again = true; break }
                        links -= 1
                    }
                case OCamlTag.object:
                    h = mix(h, field(v, 1))
                    num -= 1
                case OCamlTag.custom:
                    let ops = field(v, 0)
                    // Custom blocks without a hash function add nothing.
                    let n: UInt32?
                    switch ops {
                    case CustomOps.int32, CustomOps.nativeint, CustomOps.channel: n = field(v, 1)
                    case CustomOps.int64: n = field(v, 1) ^ field(v, 2)
                    default: n = nil
                    }
                    if let n {
                        h = mix(h, n)
                        num -= 1
                    }
                default:
                    h = mix(h, hd & ~Color.mask)
                    let n = wosize(v)
                    var i = 0
                    if hd & 0xFF == OCamlTag.closure {
                        let start = min(closureStartEnv(v), n)
                        while i < start { h = mix(h, field(v, i)); num -= 1; i += 1 }
                    }
                    while i < n && wr < size {
                        queue[wr] = field(v, i)
                        wr += 1
                        i += 1
                    }
                }
            }
        }
        return finalMix(h) & 0x3FFF_FFFF
    }
}

@c(caml_hash)
public func caml_hash(_ count: Value, _ limit: Value, _ seed: Value, _ obj: Value) -> Value {
    let n = longVal(count), l = longVal(limit), s = UInt32(bitPattern: intVal(seed))
    // A string key (Hashtbl.hash, Hashtbl.replace/find on strings) hashed here, inline,
    // as `hash` would: its own first test, without the call.
    if n > 0 && l != 0 && isBlock(obj) && tagOf(obj) == OCamlTag.string {
        return valInt(Int32(bitPattern: StructuralHash.finalMix(StructuralHash.mixString(s, obj)) & 0x3FFF_FFFF))
    }
    return valInt(Int32(bitPattern: StructuralHash.hash(count: n, limit: l, seed: s, obj)))
}

