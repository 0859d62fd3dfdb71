/// Whether a section named `name` can hold L32R literals: `.literal*` (GNU as's and Kiln's
/// back end's `.literal.F` beside `.text.F`), or another name with "literal" in it (LLVM's
/// `.rodata.literal`), but never a `.text*` section: with function sections its name is
/// the function's, and a function may be called `add_literal` (OCaml's
/// `CamlinternalFormat.fmt_ebb_of_string.add_literal`, once `ocamlc -g` names functions).
public func isLiteralPoolName(_ name: String) -> Bool {
    name.hasPrefix(".literal") || !name.hasPrefix(".text") && name.contains("literal")
}
