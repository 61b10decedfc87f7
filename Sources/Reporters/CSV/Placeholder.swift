// Placeholder: the CSV reporter is built by the reporters issue.
import ErqiCore
