// Placeholder: the HTML reporter is built by the reporters issue.
import ErqiCore
