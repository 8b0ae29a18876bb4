package io.khabar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No public signature of khabar names a Guava type: a user's class path may hold another Guava
 * (a Spark 3.5 cluster puts Guava 14 first), so the API speaks {@code java.util} and Guava stays
 * an implementation detail. Scans every class compiled from {@code core/src/main/java}: for each
 * public type reachable from outside its package, the generic types of its public and protected
 * constructors, methods, fields and record components, its supertypes, recursively through type
 * arguments, bounds and arrays.
 */
class PublicApiSpeaksJdkTypesTest {

  private static final String GUAVA = "com.google.common.";

  @Test
  void noPublicSignatureNamesAGuavaType() throws IOException, ClassNotFoundException {
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    for (Class<?> c : mainClasses()) {
      if (!visibleOutsideItsPackage(c)) {
        continue;
      }
      scanned++;
      check(c.getGenericSuperclass(), c.getName() + " extends", offenders);
      for (Type t : c.getGenericInterfaces()) {
        check(t, c.getName() + " implements", offenders);
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (exposed(k.getModifiers()) && !k.isSynthetic()) {
          for (Type t : k.getGenericParameterTypes()) {
            check(t, c.getName() + "(constructor) parameter", offenders);
          }
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (exposed(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
          String where = c.getName() + "." + m.getName();
          check(m.getGenericReturnType(), where + " returns", offenders);
          for (Type t : m.getGenericParameterTypes()) {
            check(t, where + " parameter", offenders);
          }
        }
      }
      for (Field f : c.getDeclaredFields()) {
        if (exposed(f.getModifiers()) && !f.isSynthetic()) {
          check(f.getGenericType(), c.getName() + "." + f.getName() + " field", offenders);
        }
      }
      if (c.isRecord()) {
        for (RecordComponent r : c.getRecordComponents()) {
          check(r.getGenericType(), c.getName() + "." + r.getName() + " record component",
              offenders);
        }
      }
    }
    assertTrue(scanned > 50, "only " + scanned + " public classes found: wrong directory?");
    assertEquals(List.of(), offenders, offenders.size() + " public signatures name Guava types");
  }

  /** The classes compiled from core's main sources (the test runs with core as its directory). */
  private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of("target/classes");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
          classes.add(Class.forName(name, false, PublicApiSpeaksJdkTypesTest.class
              .getClassLoader()));
        }
      }
    }
    return classes;
  }

  private static boolean visibleOutsideItsPackage(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean exposed(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(Type type, String where, List<String> offenders) {
    Set<String> guava = new HashSet<>();
    collect(type, guava, new HashSet<>());
    guava.stream().sorted().forEach(g -> offenders.add(where + ": " + g));
  }

  private static void collect(Type t, Set<String> guava, Set<Type> seen) {
    if (t == null || !seen.add(t)) {
      return;
    }
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.getName().startsWith(GUAVA)) {
        guava.add(c.getName());
      }
    } else if (t instanceof ParameterizedType p) {
      collect(p.getRawType(), guava, seen);
      for (Type a : p.getActualTypeArguments()) {
        collect(a, guava, seen);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collect(b, guava, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collect(b, guava, seen);
      }
    } else if (t instanceof TypeVariable<?> v) {
      for (Type b : v.getBounds()) {
        collect(b, guava, seen);
      }
    } else if (t instanceof GenericArrayType a) {
      collect(a.getGenericComponentType(), guava, seen);
    }
  }
}
