#include "tobook_jpeg_optimize.h"

#include <stdlib.h>
#include <string.h>

#include "tobook_jpeg_layout.h"

/* Exported by libjpeg (jchuff.c) though no public header declares it: the very routine its
   optimize_coding pass builds tables with, so the tables come out the same. */
extern void jpeg_gen_optimal_table(j_compress_ptr info, JHUFF_TBL *table, long freq[]);

/* One pass over the coded data: counts the symbols when `writer` is NULL, as libjpeg's
   htest_one_block does, else writes each symbol again with the new tables. */
typedef struct {
    tobook_jpeg_layout *l;
    tobook_bit_reader reader;
    tobook_bit_writer *writer;
} coder;

static void recode(coder *c, int kind, int number, int symbol) {
    if (c->writer == NULL) {
        c->l->counts[kind][number][symbol]++;
    } else {
        const tobook_huffman_table *table = &c->l->new_tables[kind][number];
        tobook_bits_write(c->writer, table->code[symbol], table->length[symbol]);
    }
}

/* The extra bits that follow a symbol, copied as they are: they hold the coefficient. */
static void copy_bits(coder *c, int n) {
    uint32_t bits = tobook_bits_read(&c->reader, n);
    if (c->writer != NULL) tobook_bits_write(c->writer, bits, n);
}

static int recode_block(coder *c, const tobook_jpeg_component *comp) {
    int size = tobook_bits_decode(&c->reader, &c->l->old_tables[TOBOOK_DC][comp->dc]);
    if (size < 0 || size > 11) return 1;
    recode(c, TOBOOK_DC, comp->dc, size);
    copy_bits(c, size);
    for (int k = 1; k < 64; k++) {
        int symbol = tobook_bits_decode(&c->reader, &c->l->old_tables[TOBOOK_AC][comp->ac]);
        if (symbol < 0) return 1;
        recode(c, TOBOOK_AC, comp->ac, symbol);
        int run = symbol >> 4, bits = symbol & 15;
        if (symbol == 0x00) break; /* EOB: the rest are zeros */
        if (bits == 0 && run != 15) return 1;
        k += run; /* 0xF0 (ZRL) skips 16 zeros: 15 here and one by the loop */
        if (k > 63) return 1;
        copy_bits(c, bits);
    }
    return c->reader.damaged;
}

/* Every block of the single interleaved scan, MCU by MCU. */
static int code_data(tobook_jpeg_layout *l, tobook_bit_writer *writer) {
    coder c = {l, {l->jpeg, l->size, l->data_start, 0, 0, 0}, writer};
    long across = (l->width + 8 * l->max_h - 1) / (8 * l->max_h);
    long down = (l->height + 8 * l->max_v - 1) / (8 * l->max_v);
    int interleaved = l->scan_count > 1;
    if (!interleaved) {
        across = (l->width + 7) / 8;
        down = (l->height + 7) / 8;
    }
    for (long mcu = 0; mcu < across * down; mcu++) {
        for (int i = 0; i < l->scan_count; i++) {
            int blocks = interleaved ? l->scan[i].h * l->scan[i].v : 1;
            for (int b = 0; b < blocks; b++) {
                if (recode_block(&c, &l->scan[i])) return 1;
            }
        }
    }
    /* What follows the coded data must be EOI, and nothing else. */
    size_t end = c.reader.position;
    return !(l->size - end == 2 && l->jpeg[end] == 0xFF && l->jpeg[end + 1] == 0xD9);
}

/* libjpeg's optimal tables from the counts, for the tables the scan uses. */
static int build_tables(j_compress_ptr info, tobook_jpeg_layout *l) {
    for (int i = 0; i < l->scan_count; i++) {
        int numbers[2] = {l->scan[i].dc, l->scan[i].ac};
        for (int kind = TOBOOK_DC; kind <= TOBOOK_AC; kind++) {
            tobook_huffman_table *table = &l->new_tables[kind][numbers[kind]];
            if (l->built[kind][numbers[kind]]++) continue;
            JHUFF_TBL optimal;
            memset(&optimal, 0, sizeof(optimal));
            jpeg_gen_optimal_table(info, &optimal, l->counts[kind][numbers[kind]]);
            memcpy(table->bits, optimal.bits, sizeof(table->bits));
            memcpy(table->values, optimal.huffval, sizeof(table->values));
            if (tobook_huffman_derive(table)) return 1;
        }
    }
    return 0;
}

static size_t value_count(const uint8_t bits[17]) {
    size_t count = 0;
    for (int n = 1; n <= 16; n++) count += bits[n];
    return count;
}

/* A DHT segment with the same tables in the same order as `old`, their new contents. */
static void write_tables(tobook_jpeg_layout *l, const tobook_jpeg_segment *old,
                         tobook_bit_writer *writer) {
    const uint8_t *body = l->jpeg + old->offset + 4;
    uint8_t numbers[8];
    int count = 0;
    size_t length = 2;
    for (size_t at = 0; at < old->length - 4 && count < 8; count++) {
        int number = numbers[count] = body[at];
        at += 17 + value_count(body + at); /* body + at: the index, then the 16 counts */
        length += 17 + value_count(l->new_tables[number >> 4][number & 15].bits);
    }
    uint8_t head[4] = {0xFF, 0xC4, (uint8_t)(length >> 8), (uint8_t)length};
    tobook_bytes_write(writer, head, 4);
    for (int i = 0; i < count; i++) {
        const tobook_huffman_table *table = &l->new_tables[numbers[i] >> 4][numbers[i] & 15];
        tobook_bytes_write(writer, &numbers[i], 1);
        tobook_bytes_write(writer, table->bits + 1, 16);
        tobook_bytes_write(writer, table->values, value_count(table->bits));
    }
}

int tobook_jpeg_optimize(j_compress_ptr info, const uint8_t *jpeg, size_t size, uint8_t **out,
                         unsigned long *out_size) {
    /* On the stack (some 45 KB), so that nothing leaks if libjpeg longjmps out of
       jpeg_gen_optimal_table, as it would for its own optimize_coding. */
    tobook_jpeg_layout layout;
    tobook_jpeg_layout *l = &layout;
    memset(l, 0, sizeof(layout));
    l->jpeg = jpeg;
    l->size = size;
    if (tobook_jpeg_layout_parse(l) || code_data(l, NULL) || build_tables(info, l)) return 1;
    tobook_bit_writer writer = {0};
    for (int i = 0; i < l->segment_count; i++) {
        const tobook_jpeg_segment *s = &l->segments[i];
        if (s->marker == 0xC4) {
            write_tables(l, s, &writer);
        } else {
            tobook_bytes_write(&writer, jpeg + s->offset, s->length);
        }
    }
    int failed = code_data(l, &writer);
    tobook_bits_flush(&writer);
    static const uint8_t end[2] = {0xFF, 0xD9};
    tobook_bytes_write(&writer, end, 2);
    if (failed || writer.failed) {
        free(writer.data);
        return 1;
    }
    *out = writer.data;
    *out_size = writer.size;
    return 0;
}
