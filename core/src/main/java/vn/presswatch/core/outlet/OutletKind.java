package vn.presswatch.core.outlet;

/** What kind of press organ an outlet is; reports group and rank outlets by it. */
public enum OutletKind {
  CENTRAL,
  PROVINCIAL,
  PARTY_JOURNAL,
  BROADCASTER,
  NEWS_AGENCY,
  OTHER
}
