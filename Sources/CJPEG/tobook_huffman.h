#ifndef TOBOOK_HUFFMAN_H
#define TOBOOK_HUFFMAN_H

#include <stddef.h>
#include <stdint.h>

/* The bit-level pieces of a baseline JPEG's entropy-coded data (ITU T.81 annex C and F):
   canonical Huffman tables, a reader that undoes 0xFF00 byte stuffing and a writer that does
   it, as libjpeg's jchuff.c does. */

/* A Huffman table as DHT carries it, with what decoding and encoding derive from it. */
typedef struct {
    uint8_t bits[17]; /* bits[n]: how many codes are n bits long */
    uint8_t values[256];
    int32_t max_code[18]; /* the largest code of each length, -1 for none */
    int32_t offset[17];   /* values[offset[n] + code] is the symbol of an n-bit code */
    uint16_t code[256];   /* each symbol's code, and its length (0: not in the table) */
    uint8_t length[256];
} tobook_huffman_table;

/* Derives the codes from bits and values; returns 0, or 1 if they overflow 16 bits. */
int tobook_huffman_derive(tobook_huffman_table *table);

typedef struct {
    const uint8_t *data;
    size_t size;
    size_t position;
    uint32_t byte;
    int left;    /* bits of byte not yet read */
    int damaged; /* ran into a marker or the end inside the data */
} tobook_bit_reader;

/* The next n (0...16) bits, most significant first. */
uint32_t tobook_bits_read(tobook_bit_reader *reader, int n);

/* The next symbol of `table`, or -1 for a code it does not hold. */
int tobook_bits_decode(tobook_bit_reader *reader, const tobook_huffman_table *table);

typedef struct {
    uint8_t *data;
    size_t size;
    size_t capacity;
    uint32_t pending;
    int count;  /* bits in pending */
    int failed; /* out of memory */
} tobook_bit_writer;

/* Bytes copied as they are (markers); `tobook_bits_write` stuffs each 0xFF of coded data. */
void tobook_bytes_write(tobook_bit_writer *writer, const uint8_t *bytes, size_t count);
void tobook_bits_write(tobook_bit_writer *writer, uint32_t bits, int n);

/* Pads the last byte with 1 bits, as libjpeg's flush_bits does. */
void tobook_bits_flush(tobook_bit_writer *writer);

#endif
