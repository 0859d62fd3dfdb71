import ELFKit
import Testing

/// Expects `body` to throw an `ELFError` whose message mentions `fragment`: the message is
/// what a user acts on, so the test pins down that the right check fired.
func expectELFError<T>(_ fragment: String, sourceLocation: SourceLocation = #_sourceLocation,
                       _ body: () throws(ELFError) -> T) {
    do {
        let value = try body()
        Issue.record("expected an ELFError mentioning \"\(fragment)\", got \(value)", sourceLocation: sourceLocation)
    } catch {
        #expect(error.message.contains(fragment), "\(error)", sourceLocation: sourceLocation)
    }
}
