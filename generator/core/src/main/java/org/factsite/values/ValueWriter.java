package org.factsite.values;

import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.factsite.model.CompactHtml;

/**
 * The one walk over the values FactSite keeps and compares: records (by their components, in order), lists,
 * maps (in their order), optionals and plain values (text, numbers, booleans, dates, paths, enums, null),
 * written as self-describing bytes. The parsed-claims file stores parsed claims so ({@link ValueReader}
 * reads them back) and a page's key is the digest of its model so written: a field added to a record is
 * stored and keyed with no code of its own, and nothing is copied field by field.
 */
public class ValueWriter {

    static final byte NULL = 0;
    static final byte STRING = 1;
    static final byte INT = 2;
    static final byte LONG = 3;
    static final byte TRUE = 4;
    static final byte FALSE = 5;
    static final byte DATE = 6;
    static final byte PATH = 7;
    static final byte ENUM = 8;
    static final byte RECORD = 9;
    static final byte LIST = 10;
    static final byte MAP = 11;
    static final byte EMPTY = 12;
    static final byte PRESENT = 13;
    static final byte EMPTY_INT = 14;
    static final byte PRESENT_INT = 15;
    static final byte HTML = 16;
    static final byte DOUBLE = 17;
    /** A value written in a shorter form by a subclass (a digest stands for a large shared value). */
    protected static final byte SHORTCUT = 18;

    /** The components of each record class, looked up once per class. */
    static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) {
                c.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    protected final DataOutput out;
    /** Classes already named in this stream, by number: a class's name is written once. */
    private final Map<Class<?>, Integer> classes = new HashMap<>();

    public ValueWriter(DataOutput out) {
        this.out = out;
    }

    public void write(Object value) throws IOException {
        if (writeShortcut(value)) {
            return;
        }
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            text(s);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof LocalDate date) {
            out.writeByte(DATE);
            out.writeLong(date.toEpochDay());
        } else if (value instanceof Path path) {
            out.writeByte(PATH);
            text(path.toString());
        } else if (value instanceof Enum<?> e) {
            out.writeByte(ENUM);
            type(e.getDeclaringClass());
            text(e.name());
        } else if (value instanceof Record record) {
            out.writeByte(RECORD);
            type(record.getClass());
            for (RecordComponent component : COMPONENTS.get(record.getClass())) {
                write(read(component, record));
            }
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(entry.getKey());
                write(entry.getValue());
            }
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                out.writeByte(PRESENT);
                write(optional.get());
            } else {
                out.writeByte(EMPTY);
            }
        } else if (value instanceof OptionalInt optional) {
            if (optional.isPresent()) {
                out.writeByte(PRESENT_INT);
                out.writeInt(optional.getAsInt());
            } else {
                out.writeByte(EMPTY_INT);
            }
        } else if (value instanceof CompactHtml html) {
            out.writeByte(HTML);
            out.writeInt(html.storedLength());
            byte[] stored = html.stored();
            out.writeInt(stored.length);
            out.write(stored);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + ": " + value);
        }
    }

    /** Writes {@code value} in a form of the subclass's own and returns true, or returns false. */
    protected boolean writeShortcut(Object value) throws IOException {
        return false;
    }

    private void type(Class<?> type) throws IOException {
        Integer known = classes.get(type);
        if (known != null) {
            out.writeInt(known);
        } else {
            classes.put(type, classes.size());
            out.writeInt(-1);
            text(type.getName());
        }
    }

    private void text(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
