package vn.presswatch.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentRefTest {
  @Test
  void parsesNumberKindIssuerYearAndTerm() {
    DocumentRef doc = DocumentRef.parse("18-NQ/TW (2017, khóa XII)");
    assertThat(doc).isEqualTo(new DocumentRef("18", "NQ", "TW", 2017, "XII"));
    assertThat(doc.label()).isEqualTo("18-NQ/TW");
  }

  @Test
  void acceptsTheSwappedSeparators() {
    assertThat(DocumentRef.parse("35/NQ-TW").label()).isEqualTo("35-NQ/TW");
  }

  @Test
  void fullFormsCoverLeadingZerosAndTheShortQdSpelling() {
    assertThat(DocumentRef.parse("08-QĐi/TW").fullForms())
        .contains("08 qđi tw", "8 qđi tw", "08 qđ tw", "8 qđ tw");
  }

  @Test
  void bareFormsNameTheKindInVietnamese() {
    assertThat(DocumentRef.parse("05-CT/TW").bareForms()).contains("chỉ thị 05", "chỉ thị số 5");
  }

  @Test
  void specRoundTrips() {
    DocumentRef doc = DocumentRef.parse("39-NQ/TW (2015, khóa XI)");
    assertThat(DocumentRef.parse(doc.spec())).isEqualTo(doc);
  }

  @Test
  void rejectsTextThatIsNotADocumentNumber() {
    assertThatThrownBy(() -> DocumentRef.parse("Nghị quyết 35"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("35-NQ/TW");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(() -> DocumentRef.parse("35-XY/TW")).hasMessageContaining("unknown kind 'XY'");
  }
}
