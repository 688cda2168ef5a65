/**
 * What users read and see, defined once for the command line, the report and the GUI: the
 * message catalogue in Norwegian bokmål and English ({@link Messages}), number, money and date
 * formats per language ({@link Formats}), and the colour-blind-safe colours of stages, variants
 * and mentor states ({@link Colours}, plain RGB values; AWT adapters live in gui and report).
 * Depends on the JDK only.
 */
package org.inclusim.presentation;
