/** The article record, its JSON codec, its ids and the dead-letter record. */
package vn.presswatch.core.article;
