/* relay-letter-pdf.c
 *
 * Copyright 2026 The Relay authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "relay-letter"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "relay-letter-private.h"

/* The PDF rendering of a letter: A4, cairo's PDF surface and pango, so the
 * text is real text (selectable, searchable, any script the fonts cover).
 * Each page has the date and the sender (or "Confidential source") at the
 * top and "2 / 5" at the bottom. The confidential part starts on a page of
 * its own, so that it can be taken out of a printed copy.
 *
 * Layout runs twice: once to count the pages, once to draw them with the
 * total known.
 */

#define PAGE_WIDTH    595.276   /* A4 in points */
#define PAGE_HEIGHT   841.890
#define MARGIN_X      62.0
#define MARGIN_TOP    78.0
#define MARGIN_BOTTOM 72.0
#define HEADER_Y      40.0
#define FOOTER_Y      (PAGE_HEIGHT - 40.0)
#define FONT_FAMILY   "Cantarell, DejaVu Sans, sans-serif"
#define BULLET_INDENT 11.0

typedef enum
{
  STYLE_TITLE,
  STYLE_HEADING,
  STYLE_BODY,
  STYLE_SMALL,
} Style;

typedef struct
{
  RelayLetterDocument  *document;
  cairo_t              *cr;
  PangoContext         *context;
  PangoFontDescription *fonts[STYLE_SMALL + 1];
  gboolean              drawing;
  guint                 page;       /* from 1 */
  guint                 n_pages;    /* known when drawing */
  double                y;
} Renderer;

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (sink->stream, data, length, NULL,
                                  sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static PangoLayout *
new_layout (Renderer   *r,
            Style       style,
            const char *text,
            double      width,
            double      indent)
{
  PangoLayout *layout = pango_layout_new (r->context);

  pango_layout_set_font_description (layout, r->fonts[style]);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static void
draw_page_furniture (Renderer *r)
{
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autofree char *number = NULL;
  int w, h;

  if (!r->drawing)
    return;

  cairo_save (r->cr);
  cairo_set_source_rgb (r->cr, 0.35, 0.35, 0.35);

  left = new_layout (r, STYLE_SMALL, r->document->date, (PAGE_WIDTH - 2 * MARGIN_X) / 2, 0);
  cairo_move_to (r->cr, MARGIN_X, HEADER_Y);
  pango_cairo_show_layout (r->cr, left);

  right = new_layout (r, STYLE_SMALL, r->document->pdf_sender, (PAGE_WIDTH - 2 * MARGIN_X) / 2, 0);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  cairo_move_to (r->cr, PAGE_WIDTH / 2, HEADER_Y);
  pango_cairo_show_layout (r->cr, right);

  cairo_set_line_width (r->cr, 0.5);
  cairo_move_to (r->cr, MARGIN_X, HEADER_Y + 16);
  cairo_line_to (r->cr, PAGE_WIDTH - MARGIN_X, HEADER_Y + 16);
  cairo_stroke (r->cr);

  number = _relay_letter_printf (r->document->language, RELAY_LS_PDF_PAGE, r->page, r->n_pages);
  footer = new_layout (r, STYLE_SMALL, number, -1, 0);
  pango_layout_set_width (footer, -1);
  pango_layout_get_pixel_size (footer, &w, &h);
  cairo_move_to (r->cr, (PAGE_WIDTH - w) / 2, FOOTER_Y - h);
  pango_cairo_show_layout (r->cr, footer);

  cairo_restore (r->cr);
}

static void
new_page (Renderer *r)
{
  if (r->drawing && r->page > 0)
    cairo_show_page (r->cr);

  r->page++;
  r->y = MARGIN_TOP;
  draw_page_furniture (r);
}

static double
first_line_height (PangoLayout *layout)
{
  PangoRectangle logical;
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);

  return (double) logical.height / PANGO_SCALE;
}

/* Lays out one paragraph line by line, starting a new page where needed.
 * keep_with_next asks for that much room below the paragraph's first line,
 * so that a heading is not left alone at the bottom of a page.
 */
static void
add_paragraph (Renderer   *r,
               Style       style,
               const char *text,
               double      space_before,
               double      keep_with_next)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  double x = MARGIN_X;
  double width = PAGE_WIDTH - 2 * MARGIN_X;
  double indent = 0;
  const double bottom = PAGE_HEIGHT - MARGIN_BOTTOM;

  /* List items get a hanging indent. */
  if (g_str_has_prefix (text, "- "))
    indent = -BULLET_INDENT;
  else if (g_str_has_prefix (text, "  "))
    {
      x += BULLET_INDENT;
      width -= BULLET_INDENT;
      while (*text == ' ')
        text++;
    }

  layout = new_layout (r, style, text, width, indent);

  if (r->y > MARGIN_TOP)
    r->y += space_before;

  if (r->y + first_line_height (layout) + keep_with_next > bottom)
    new_page (r);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE;
      baseline = (double) (pango_layout_iter_get_baseline (iter) - logical.y) / PANGO_SCALE;

      if (r->y + height > bottom)
        new_page (r);

      if (r->drawing)
        {
          cairo_move_to (r->cr, x + (double) logical.x / PANGO_SCALE, r->y + baseline);
          pango_cairo_show_layout_line (r->cr, line);
        }

      r->y += height;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

static void
add_text (Renderer   *r,
          const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  double space = 4;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        {
          space = 8;
          continue;
        }

      add_paragraph (r, STYLE_BODY, lines[i], space, 0);
      space = 2;
    }
}

static void
render (Renderer *r)
{
  RelayLetterDocument *document = r->document;

  r->page = 0;
  new_page (r);

  add_paragraph (r, STYLE_TITLE, document->subject, 0, 0);

  /* The subject is the title: the header lines start after it. */
  for (guint i = 1; i < document->header_lines->len; i++)
    add_paragraph (r, STYLE_BODY, g_ptr_array_index (document->header_lines, i), i == 1 ? 10 : 1, 0);

  for (guint i = 0; i < document->intro->len; i++)
    add_paragraph (r, STYLE_BODY, g_ptr_array_index (document->intro, i), 10, 0);

  for (guint i = 0; i < document->sections->len; i++)
    {
      RelayLetterSection *section = g_ptr_array_index (document->sections, i);

      if (section->part == RELAY_LETTER_PART_CONFIDENTIAL && r->y > MARGIN_TOP)
        new_page (r);

      add_paragraph (r, STYLE_HEADING, section->heading, 16, 40);
      add_text (r, section->text);
    }
}

static void
set_error_from_write (GError **error,
                      GError  *cause)
{
  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_error_copy (cause));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    g_set_error_literal (error, cause->domain, cause->code,
                         _("The disk is full. Free some space, then export the letter again."));
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
           g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    g_set_error_literal (error, cause->domain, cause->code,
                         _("You may not write in this place. Choose another folder."));
  else
    g_set_error (error, cause->domain, cause->code,
                 /* Translators: %s is the reason, from the system */
                 _("Could not write the PDF: %s"), cause->message);
}

/**
 * _relay_letter_document_write_pdf:
 * @document: a letter's document
 * @stream: where to write
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Touches no GObject but @stream: can run on a worker thread.
 *
 * Returns: %TRUE on success
 */
gboolean
_relay_letter_document_write_pdf (RelayLetterDocument  *document,
                                  GOutputStream        *stream,
                                  GCancellable         *cancellable,
                                  GError              **error)
{
  static const struct { double size; PangoWeight weight; } styles[] = {
    [STYLE_TITLE] = { 13.0, PANGO_WEIGHT_BOLD },
    [STYLE_HEADING] = { 11.5, PANGO_WEIGHT_BOLD },
    [STYLE_BODY] = { 10.0, PANGO_WEIGHT_NORMAL },
    [STYLE_SMALL] = { 8.0, PANGO_WEIGHT_NORMAL },
  };
  Sink sink = { stream, cancellable, NULL };
  Renderer r = { document, NULL, NULL, { NULL }, FALSE, 0, 0, 0 };
  cairo_surface_t *surface;
  cairo_font_options_t *options;
  cairo_status_t status;
  gboolean ok = TRUE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (write_cb, &sink, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, document->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Relay");
  /* The letter's own date rather than the time of rendering: the same letter
   * gives the same file, so the PDF sent can be compared with one exported.
   */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, document->created);
  r.cr = cairo_create (surface);

  /* One point per unit, and no hinting: the PDF is not a screen. */
  r.context = pango_cairo_create_context (r.cr);
  pango_cairo_context_set_resolution (r.context, 72.0);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (r.context, options);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      r.fonts[i] = pango_font_description_from_string (FONT_FAMILY);
      pango_font_description_set_size (r.fonts[i], (int) (styles[i].size * PANGO_SCALE));
      pango_font_description_set_weight (r.fonts[i], styles[i].weight);
    }

  render (&r);
  r.n_pages = r.page;
  r.drawing = TRUE;
  render (&r);
  cairo_show_page (r.cr);

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    pango_font_description_free (r.fonts[i]);
  g_object_unref (r.context);
  cairo_destroy (r.cr);

  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    {
      set_error_from_write (error, sink.error);
      g_clear_error (&sink.error);
      ok = FALSE;
    }
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is the reason, from the cairo library */
                   _("Could not create the PDF: %s"), cairo_status_to_string (status));
      ok = FALSE;
    }

  return ok;
}
