/** Reading the articles topic: records are kept raw until parsed, so bad ones can be dead-lettered. */
package vn.presswatch.processing.source;
