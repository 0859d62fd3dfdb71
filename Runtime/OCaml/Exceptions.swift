import KilnOCaml

/// The predefined exceptions: fields 0...11 of the global table (Docs/ocaml-frontend.md).
enum Predefined {
    static let outOfMemory = 0
    static let sysError = 1
    static let failure = 2
    static let invalidArgument = 3
    static let endOfFile = 4
    static let divisionByZero = 5
    static let notFound = 6
    static let matchFailure = 7
    static let stackOverflow = 8
    static let sysBlockedIO = 9
    static let assertFailure = 10
    static let undefinedRecursiveModule = 11

    static func exception(_ index: Int) -> Value { kiln_ocaml_globals()[index] }
}

/// Raising: store the bucket, return the sentinel (Docs/abi.md, "Exceptions").
@c(caml_raise)
public func caml_raise(_ exn: Value) -> Value {
    caml_exn_bucket = exn
    return exceptionSentinel
}

@c(caml_raise_stack_overflow)
public func caml_raise_stack_overflow() -> Value { caml_raise(Predefined.exception(Predefined.stackOverflow)) }

@c(caml_raise_zero_divide)
public func caml_raise_zero_divide() -> Value { caml_raise(Predefined.exception(Predefined.divisionByZero)) }

@c(caml_raise_index_out_of_bounds)
public func caml_raise_index_out_of_bounds() -> Value { raiseInvalidArgument("index out of bounds") }

func raiseOutOfMemory() -> Value { caml_raise(Predefined.exception(Predefined.outOfMemory)) }
func raiseNotFound() -> Value { caml_raise(Predefined.exception(Predefined.notFound)) }
func raiseEndOfFile() -> Value { caml_raise(Predefined.exception(Predefined.endOfFile)) }
func raiseFailure(_ message: StaticString) -> Value { raiseWithString(Predefined.failure, message) }
func raiseInvalidArgument(_ message: StaticString) -> Value { raiseWithString(Predefined.invalidArgument, message) }
func raiseSysError(_ message: StaticString) -> Value { raiseWithString(Predefined.sysError, message) }

/// Raises the predefined exception `index` with a string argument, as caml_failwith does.
func raiseWithString(_ index: Int, _ message: StaticString) -> Value {
    guard let s = allocateString(message) else { return raiseOutOfMemory() }
    return Roots.keeping(s) { raiseWithArgument(index, s) }
}

/// Raises `exception index (argument)`; `argument` must be rooted by the caller.
func raiseWithArgument(_ index: Int, _ argument: Value) -> Value {
    guard let b = OCamlHeap.allocate(2, 0) else { return raiseOutOfMemory() }
    setField(b, 0, Predefined.exception(index))
    setField(b, 1, argument)
    return caml_raise(b)
}

/// Raising a value built by OCaml code (`raise` compiled as a primitive call).
@c(caml_raise_with_arg)
public func caml_raise_with_arg(_ tagValue: Value, _ argument: Value) -> Value {
    let arg = argument
    return Roots.keeping(arg) {
        guard let b = OCamlHeap.allocate(2, 0) else { return raiseOutOfMemory() }
        setField(b, 0, tagValue)
        setField(b, 1, arg)
        return caml_raise(b)
    }
}
