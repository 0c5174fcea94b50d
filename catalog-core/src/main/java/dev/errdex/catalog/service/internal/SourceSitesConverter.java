package dev.errdex.catalog.service.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.SourceSite;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores a code's source sites as a JSON array of {@code {path, line, symbol, url}} in a text column. */
@Converter
public class SourceSitesConverter implements AttributeConverter<List<SourceSite>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<SourceSite>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<SourceSite> sites) {
        try {
            return JSON.writeValueAsString(sites == null ? List.of() : sites);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store source sites " + sites, e);
        }
    }

    @Override
    public List<SourceSite> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored source sites are not a JSON array: " + column, e);
        }
    }
}
