import Foundation
import SkillgapCore
import SkillgapLoading
import SkillgapUI

/// Writes the plan in the chosen formats, each file atomically.
struct ExportWriter {
  let framework: Framework

  func write(_ request: ExportRequest) -> ExportOutcome {
    ExportOutcome(written: [], error: "exports are not available yet")
  }
}
