import Testing

/// `erqi parse` prints what the quantity language keeps: a range's upper end, a change's direction and a
/// commitment (issue #14, points 6 and 8).
struct ParseCommandMeaningTests {
    @Test(arguments: [
        ("同比下降3%", #""value":"-0.03","#, #""change":"decrease","yearOnYear":true,"#),
        ("2%至3%", #""comparator":"between","#, #""upperValue":"0.03","#),
        ("确保6%左右", #""approximation":"about","#, #""commitment":"ensure""#),
    ])
    func parsePrintsRangesChangesAndCommitments(text: String, first: String, second: String) throws {
        let result = try CommandRunner.run(["parse", text])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains(first), "\(result.standardOutput)")
        #expect(result.standardOutput.contains(second), "\(result.standardOutput)")
    }
}
