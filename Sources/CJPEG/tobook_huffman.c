#include "tobook_huffman.h"

#include <stdlib.h>
#include <string.h>

int tobook_huffman_derive(tobook_huffman_table *table) {
    uint32_t code = 0;
    int index = 0;
    memset(table->length, 0, sizeof(table->length));
    for (int length = 1; length <= 16; length++) {
        table->offset[length] = index - (int32_t)code;
        for (int n = 0; n < table->bits[length]; n++) {
            if (index > 255 || code >= (1u << length)) return 1;
            uint8_t symbol = table->values[index++];
            table->code[symbol] = (uint16_t)code++;
            table->length[symbol] = (uint8_t)length;
        }
        table->max_code[length] = table->bits[length] ? (int32_t)code - 1 : -1;
        code <<= 1;
    }
    table->max_code[17] = INT32_MAX;
    return 0;
}

/* Loads the next byte of coded data: 0xFF 0x00 stands for 0xFF; any other 0xFF starts a
   marker, which coded data must not reach. */
static void load_byte(tobook_bit_reader *reader) {
    uint8_t byte = 0xFF;
    if (reader->position < reader->size && reader->data[reader->position] != 0xFF) {
        byte = reader->data[reader->position++];
    } else if (reader->position + 1 < reader->size && reader->data[reader->position + 1] == 0) {
        reader->position += 2;
    } else {
        reader->damaged = 1;
    }
    reader->byte = byte;
    reader->left = 8;
}

uint32_t tobook_bits_read(tobook_bit_reader *reader, int n) {
    uint32_t value = 0;
    for (int i = 0; i < n; i++) {
        if (reader->left == 0) load_byte(reader);
        reader->left--;
        value = (value << 1) | ((reader->byte >> reader->left) & 1);
    }
    return value;
}

int tobook_bits_decode(tobook_bit_reader *reader, const tobook_huffman_table *table) {
    int32_t code = 0;
    for (int length = 1; length <= 16; length++) {
        code = (code << 1) | (int32_t)tobook_bits_read(reader, 1);
        if (code <= table->max_code[length]) return table->values[table->offset[length] + code];
    }
    return -1;
}

static void put_byte(tobook_bit_writer *writer, uint8_t byte) {
    if (writer->failed) return;
    if (writer->size == writer->capacity) {
        size_t capacity = writer->capacity ? writer->capacity * 2 : 65536;
        uint8_t *data = realloc(writer->data, capacity);
        if (data == NULL) {
            writer->failed = 1;
            return;
        }
        writer->data = data;
        writer->capacity = capacity;
    }
    writer->data[writer->size++] = byte;
}

void tobook_bytes_write(tobook_bit_writer *writer, const uint8_t *bytes, size_t count) {
    for (size_t i = 0; i < count; i++) put_byte(writer, bytes[i]);
}

void tobook_bits_write(tobook_bit_writer *writer, uint32_t bits, int n) {
    writer->pending = (writer->pending << n) | (bits & ((1u << n) - 1));
    writer->count += n;
    while (writer->count >= 8) {
        writer->count -= 8;
        uint8_t byte = (uint8_t)(writer->pending >> writer->count);
        put_byte(writer, byte);
        if (byte == 0xFF) put_byte(writer, 0);
    }
}

void tobook_bits_flush(tobook_bit_writer *writer) {
    if (writer->count > 0) tobook_bits_write(writer, 0x7F, 8 - writer->count);
    writer->pending = 0;
}
