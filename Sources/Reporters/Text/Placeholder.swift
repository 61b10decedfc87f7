// Placeholder: the Text reporter is built by the reporters issue.
import ErqiCore
