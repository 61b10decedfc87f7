import ErqiCore
import ErqiDraft

/// Writes the proposals of `erqi draft --merge` as JSON: one object per drafted figure, with the change it would
/// make to the dataset and a sentence saying what changes.
struct DraftProposalFile {
    var proposals: [DraftProposal]

    /// The JSON text.
    var text: String {
        let items = proposals.map { proposal -> String in
            let figure = proposal.figure
            var fields: [(String, String)] = [
                ("line", String(figure.line)), ("literal", json(figure.literal)), ("kind", json(figure.kind.rawValue)),
                ("value", json(ExactDecimal.plainText(figure.quantity.value))),
                ("unit", json(figure.quantity.unit.code)), ("period", json(figure.period.description)),
            ]
            switch proposal.change {
            case .newObservation(let indicator):
                fields += [("change", json("newObservation")), ("indicator", json(indicator.rawValue))]
            case .newTarget(let indicator):
                fields += [("change", json("newTarget")), ("indicator", json(indicator.rawValue))]
            case .reviseTarget(let target, let from, let to):
                fields += [
                    ("change", json("reviseTarget")), ("target", json(target.rawValue)),
                    ("from", json(from.description)), ("to", json(to.description)),
                ]
            case .supersedeObservation(let observation, let from, let to):
                fields += [
                    ("change", json("supersedeObservation")), ("observation", json(observation.rawValue)),
                    ("from", json(from.description)), ("to", json(to.description)),
                ]
            case .alreadyRecorded(let indicator):
                fields += [("change", json("alreadyRecorded")), ("indicator", json(indicator.rawValue))]
            case .newIndicator:
                fields += [("change", json("newIndicator")), ("indicatorName", json(figure.indicatorName))]
            }
            fields.append(("summary", json(proposal.summary)))
            return "    {" + fields.map { "\(json($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        guard !items.isEmpty else { return "{\"proposals\": []}\n" }
        return "{\"proposals\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
    }

    private func json(_ text: String) -> String { ParseCommand.jsonString(text) }
}
