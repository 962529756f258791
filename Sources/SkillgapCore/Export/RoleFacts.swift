/// What the exports say about the focus role beyond its heading: what it does, its typical
/// years and every pay band with its source.
public struct RoleFacts: Sendable, Equatable, Codable {
  /// The role's id, the same as the report's.
  public var id: String
  /// What the role does.
  public var summary: String
  /// The domain a variant role asks depth in, nil for a role without domains.
  public var domain: String?
  /// Typical years of experience, nil when no source gives them.
  public var years: YearsRange?
  /// One band per source figure; empty when no source gives pay.
  public var pay: [PayBand]

  /// The facts of a role.
  public init(_ role: Role) {
    id = role.id
    summary = role.summary
    domain = role.domain
    years = role.years
    pay = role.pay
  }

  /// The pay summary across bands, as ``PayBand/summary(_:)`` gives it.
  public var paySummary: String? { PayBand.summary(pay) }
}
