#include "tobook_jpeg.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

#include <jpeglib.h>

#include "tobook_jpeg_optimize.h"

struct error_jump {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
};

static void jump_back(j_common_ptr info) {
    struct error_jump *error = (struct error_jump *)info->err;
    longjmp(error->jump, 1);
}

static void stay_quiet(j_common_ptr info) { (void)info; }

int tobook_jpeg_encode(const uint8_t *rgb, int width, int height, int quality, uint8_t **out,
                       unsigned long *size) {
    struct jpeg_compress_struct info;
    struct error_jump error;
    unsigned char *buffer = NULL;
    unsigned long length = 0;
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = jump_back;
    error.manager.output_message = stay_quiet;
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&info);
        free(buffer);
        return 1;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &length);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    info.optimize_coding = TRUE;
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)info.next_scanline * (size_t)width * 3);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    *out = buffer;
    *size = length;
    return 0;
}

int tobook_jpeg_check(const uint8_t *data, unsigned long size, int *width, int *height) {
    struct jpeg_decompress_struct info;
    struct error_jump error;
    JSAMPARRAY row = NULL;
    info.err = jpeg_std_error(&error.manager);
    error.manager.error_exit = jump_back;
    error.manager.output_message = stay_quiet;
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        return 1;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, size);
    if (jpeg_read_header(&info, TRUE) != JPEG_HEADER_OK) {
        jpeg_destroy_decompress(&info);
        return 1;
    }
    jpeg_start_decompress(&info);
    row = (*info.mem->alloc_sarray)((j_common_ptr)&info, JPOOL_IMAGE,
                                    info.output_width * info.output_components, 1);
    while (info.output_scanline < info.output_height) {
        jpeg_read_scanlines(&info, row, 1);
    }
    *width = (int)info.output_width;
    *height = (int)info.output_height;
    /* A truncated file makes libjpeg warn and pad; count that as unreadable. */
    int damaged = info.err->num_warnings > 0;
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    return damaged;
}

void tobook_jpeg_free(uint8_t *buffer) { free(buffer); }

struct tobook_jpeg_writer {
    struct jpeg_compress_struct info;
    struct error_jump error;
    unsigned char *buffer;
    unsigned long length;
};

static void writer_destroy(tobook_jpeg_writer *writer) {
    jpeg_destroy_compress(&writer->info);
    free(writer->buffer);
    free(writer);
}

tobook_jpeg_writer *tobook_jpeg_writer_new(int width, int height, int quality) {
    tobook_jpeg_writer *writer = calloc(1, sizeof(tobook_jpeg_writer));
    if (writer == NULL) return NULL;
    writer->info.err = jpeg_std_error(&writer->error.manager);
    writer->error.manager.error_exit = jump_back;
    writer->error.manager.output_message = stay_quiet;
    if (setjmp(writer->error.jump)) {
        writer_destroy(writer);
        return NULL;
    }
    jpeg_create_compress(&writer->info);
    jpeg_mem_dest(&writer->info, &writer->buffer, &writer->length);
    writer->info.image_width = (JDIMENSION)width;
    writer->info.image_height = (JDIMENSION)height;
    writer->info.input_components = 4;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    writer->info.in_color_space = JCS_EXT_XRGB;
#else
    writer->info.in_color_space = JCS_EXT_BGRX;
#endif
    jpeg_set_defaults(&writer->info);
    jpeg_set_quality(&writer->info, quality, TRUE);
    /* Streamed with the standard tables, then optimized by tobook_jpeg_optimize: libjpeg's own
       optimize_coding would hold the whole image's coefficients. */
    writer->info.optimize_coding = FALSE;
    jpeg_start_compress(&writer->info, TRUE);
    return writer;
}

int tobook_jpeg_writer_write(tobook_jpeg_writer *writer, const uint8_t *pixels, int stride,
                             int rows) {
    if (setjmp(writer->error.jump)) {
        writer_destroy(writer);
        return 1;
    }
    for (int row = 0; row < rows && writer->info.next_scanline < writer->info.image_height;
         row++) {
        JSAMPROW line = (JSAMPROW)(pixels + (size_t)row * (size_t)stride);
        jpeg_write_scanlines(&writer->info, &line, 1);
    }
    return 0;
}

int tobook_jpeg_writer_finish(tobook_jpeg_writer *writer, uint8_t **out, unsigned long *size) {
    if (setjmp(writer->error.jump)) {
        writer_destroy(writer);
        return 1;
    }
    jpeg_finish_compress(&writer->info);
    int failed = tobook_jpeg_optimize(&writer->info, writer->buffer, writer->length, out, size);
    writer_destroy(writer);
    return failed;
}

void tobook_jpeg_writer_abandon(tobook_jpeg_writer *writer) {
    if (writer != NULL) writer_destroy(writer);
}
