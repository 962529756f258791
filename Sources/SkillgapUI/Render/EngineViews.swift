import SkillgapCore

// Report, roles and plan screens; filled by the engine integration.

extension AppState {
  /// Role ids ordered as on the roles screen.
  var rankedRoleIDs: [String] { framework.roles.map(\.id) }
  /// Lines of the report view.
  var reportLineCount: Int { 0 }
  /// Lines of the plan view.
  var planLineCount: Int { 0 }
}

func drawReport(_ state: AppState, _ screen: inout Screen) {}
func drawRoles(_ state: AppState, _ screen: inout Screen) {}
func drawPlan(_ state: AppState, _ screen: inout Screen) {}
