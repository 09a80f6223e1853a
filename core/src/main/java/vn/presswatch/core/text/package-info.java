/** Vietnamese text normalisation for matching: NFC, one tone-mark placement, case and punctuation folding. */
package vn.presswatch.core.text;
