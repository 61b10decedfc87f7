// Placeholder: the JSON reporter is built by the reporters issue.
import ErqiCore
