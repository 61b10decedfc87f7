// Placeholder: the Markdown reporter is built by the reporters issue.
import ErqiCore
