#!/usr/bin/env python3
"""Instructions per function from a QEMU log of `-d in_asm,exec,nochain` (Scripts/profile.sh).

usage: profile-log.py FIRMWARE.elf [TOP] < qemu-log

`in_asm` prints each translation block once, when QEMU translates it (one line per guest
instruction); `exec` with `nochain` prints a `Trace` line every time a block runs. A block
is known by its host code address (the second field of `Trace`), which QEMU reuses only
after retranslating, and a retranslation prints its `IN:` listing again before it runs.
Instructions of a run of a block = the instructions of its listing; the function is the
ELF symbol (llvm-nm-22) at or below the block's first guest address.
"""
import bisect
import subprocess
import sys


def symbols(elf):
    """Sorted (address, name) of the firmware's code symbols."""
    out = subprocess.run(["llvm-nm-22", "--defined-only", "--numeric-sort", elf],
                         capture_output=True, text=True, check=True).stdout
    table = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            table.append((int(parts[0], 16), parts[2]))
    return table


def main():
    elf = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    table = symbols(elf)
    starts = [a for a, _ in table]
    main_pc = next((a for a, name in table if name == "main"), None)
    before_main = None   # instructions run before main's first block
    so_far = 0

    handlers = [(a, b) for (a, name), (b, _) in zip(table, table[1:] + [(1 << 32, "")])
                if name.startswith("_Window")]

    def in_handler(pc):
        return any(a <= pc < b for a, b in handlers)

    pending = {}          # guest pc -> instruction addresses of a listing not yet run
    blocks = {}           # host code address -> block
    every = []            # blocks: [guest pc, instruction addresses, runs, is a window handler]
    # A window exception stops a block at the instruction that raised it, and the handler
    # returns to that instruction, which starts a new block: the first block's rest did
    # not run. `interrupted` is the block running when the handler came.
    overcount = {}        # guest pc -> instructions counted but not run
    last = interrupted = None
    listing = None
    for line in sys.stdin:
        if line.startswith("Trace "):
            # Trace 0: 0x7f1ac8000340 [00000000/000026f0/00018004/ff000200] _kiln_halt
            fields = line.split()
            host = fields[2]
            pc = int(fields[3][1:].split("/")[1], 16)
            if pc in pending:
                block = [pc, pending.pop(pc), 0, in_handler(pc)]
                blocks[host] = block
                every.append(block)
            block = blocks.get(host)
            if block is None or block[0] != pc:
                block = [pc, (pc,), 0, in_handler(pc)]   # not listed (should not happen)
                blocks[host] = block
                every.append(block)
            block[2] += 1
            if block[3]:
                if interrupted is None:
                    interrupted = last
            else:
                if interrupted is not None:
                    if pc in interrupted[1]:
                        skipped = len(interrupted[1]) - interrupted[1].index(pc)
                        overcount[interrupted[0]] = overcount.get(interrupted[0], 0) + skipped
                    interrupted = None
                last = block
            if before_main is None:
                if pc == main_pc:
                    before_main = so_far
                so_far += len(block[1])
        elif line.startswith("IN:"):
            listing = None
        elif line.startswith("0x") and ":" in line:
            address = int(line.split(":")[0], 16)
            listing = [address] if listing is None else listing + [address]
            pending[listing[0]] = tuple(listing)

    per_function = {}
    total = 0
    for pc, addresses, n, _ in every:
        i = bisect.bisect_right(starts, pc) - 1
        name = table[i][1] if i >= 0 else "?"
        executed = len(addresses) * n - overcount.pop(pc, 0)
        total += executed
        instructions, blocks_run = per_function.get(name, (0, 0))
        per_function[name] = (instructions + executed, blocks_run + n)

    # ICOUNTLEVEL 1 (Runtime/Start/icount.S) leaves out the window exception handlers.
    in_handlers = sum(v[0] for k, v in per_function.items() if k.startswith("_Window"))
    print(f"{total:>14,} instructions in {sum(b[2] for b in every):,} block runs, from reset")
    print(f"{total - in_handlers - (before_main or 0):>14,} from main, without the window overflow/underflow"
          f" handlers (what ICOUNT counts; {before_main or 0:,} ran before main)")
    print(f"{'instructions':>14}  {'%':>5}  {'block runs':>12}  function")
    ranked = sorted(per_function.items(), key=lambda item: -item[1][0])
    for name, (instructions, blocks_run) in ranked[:top]:
        print(f"{instructions:>14,}  {100 * instructions / max(total, 1):5.1f}  {blocks_run:>12,}  {name}")


if __name__ == "__main__":
    main()
